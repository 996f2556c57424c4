# report.awk -- turns bench/run.sh's raw.tsv into the summary table (medians per size and build).
# Portable awk (mawk has no asort), input is tab-separated with a header line.

function median(list,    n, i, j, v, tmp) {
  n = split(list, v, " ")
  for (i = 2; i <= n; i++) { tmp = v[i]; for (j = i - 1; j >= 1 && v[j] + 0 > tmp + 0; j--) v[j + 1] = v[j]; v[j + 1] = tmp }
  if (n == 0) return ""
  return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}

function group(thousands,    s, out) {
  s = sprintf("%d", thousands); out = ""
  while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
  return s out
}

function row(size, key, label,    wall, rss, rate, cpu, built) {
  if (((size, key) in failures) && !((size, key) in walls)) {
    printf "%-9s %-22s %10s   (%d failed, none finished)\n", group(size), label, "failed", failures[size, key]
    return
  }
  if (!((size, key) in walls)) return
  wall = median(walls[size, key])
  rss = median(rsses[size, key])
  cpu = median(cpus[size, key])
  built = (size, key) in builds ? sprintf("%.2f", median(builds[size, key])) : "-"
  rate = (key ~ /clean$/ && wall > 0) ? group(size / wall) : "-"
  printf "%-9s %-22s %10.2f %8s %8.2f %12s %9s %14s %10s%s\n", group(size), label, wall, built, cpu, rate,
    group(median(pages[size, key])), group(median(bytes[size, key])), key ~ /^cp/ ? "-" : sprintf("%.0f", rss / 1024),
    (size, key) in failures ? sprintf("  (%d more failed)", failures[size, key]) : ""
}

function ratio(size, a, b,    x, y) {
  if (!((size, a) in walls) || !((size, b) in walls)) return "n/a"
  x = median(walls[size, a]); y = median(walls[size, b])
  return y > 0 ? sprintf("%.2f", x / y) : "n/a"
}

function rss_ratio(size, a, b,    x, y) {
  if (!((size, a) in rsses) || !((size, b) in rsses)) return "n/a"
  x = median(rsses[size, a]); y = median(rsses[size, b])
  return y > 0 ? sprintf("%.2f", x / y) : "n/a"
}

function scale(big, small, key) {
  if (!((big, key) in walls) || !((small, key) in walls) || median(walls[small, key]) <= 0) return "n/a"
  return sprintf("%.2f", median(walls[big, key]) / median(walls[small, key]))
}

NR > 1 {
  key = $2 " " $3
  if (!($1 in seen)) { seen[$1] = 1; sizes[++nsizes] = $1 }
  if ($5 == "failed") { failures[$1, key]++; next }
  if ($10 != "") builds[$1, key] = builds[$1, key] " " $10
  walls[$1, key] = walls[$1, key] " " $5
  rsses[$1, key] = rsses[$1, key] " " $6
  pages[$1, key] = pages[$1, key] " " $7
  bytes[$1, key] = bytes[$1, key] " " $8
  cpus[$1, key] = cpus[$1, key] " " $9
}

END {
  printf "%-9s %-22s %10s %8s %8s %12s %9s %14s %10s\n", "articles", "build", "wall med s", "build s", "CPU s", "articles/s", "pages",
    "output bytes", "peak MiB"
  for (i = 1; i <= nsizes; i++) {
    s = sizes[i]
    row(s, "archive clean", "Archive clean")
    row(s, "archive unchanged", "Archive unchanged")
    row(s, "archive add-one", "Archive add-one")
    row(s, "archive add-newest", "Archive add-newest")
    row(s, "archive add-one-process", "add-one, new process")
    row(s, "archive add-newest-process", "add-newest, new proc.")
    row(s, "serve start", "serve start")
    row(s, "serve add-newest", "serve add-newest")
    row(s, "serve add-one", "serve add-one")
    row(s, "serve edit", "serve edit")
    row(s, "serve delete", "serve delete")
    row(s, "hugo clean", "Hugo clean")
    row(s, "cp archive-output", "cp -r Archive output")
    row(s, "cp hugo-output", "cp -r Hugo output")
    printf "%-9s Hugo/Archive time %s x | Archive/Hugo peak RSS %s | Archive clean / cp -r %s x | add-one / clean %s\n", "",
      ratio(s, "hugo clean", "archive clean"), rss_ratio(s, "archive clean", "hugo clean"),
      ratio(s, "archive clean", "cp archive-output"), ratio(s, "archive add-one", "archive clean")
    printf "%-9s add-newest / clean %s | serve add-newest / clean %s | serve add-one / clean %s\n", "",
      ratio(s, "archive add-newest", "archive clean"), ratio(s, "serve add-newest", "archive clean"), ratio(s, "serve add-one", "archive clean")
    printf "%-9s without a build server: add-one / clean %s | add-newest / clean %s\n", "",
      ratio(s, "archive add-one-process", "archive clean"), ratio(s, "archive add-newest-process", "archive clean")
  }
  for (i = 2; i <= nsizes; i++) {
    printf "scaling %s -> %s articles (x%.0f): Archive clean time x %s, Hugo clean time x %s\n", group(sizes[i - 1]), group(sizes[i]),
      sizes[i] / sizes[i - 1], scale(sizes[i], sizes[i - 1], "archive clean"), scale(sizes[i], sizes[i - 1], "hugo clean")
  }
  print ""
  print "Targets (issue 7): Hugo/Archive time >= 2 at 10k and 100k; Archive/Hugo peak RSS <= 0.5;"
  print "time(100k) <= 10.5 x time(10k); add-one at 100k <= 1 s; Archive clean / cp -r <= 3."
  print "Target (issue 8): at 100k, adding one article and rebuilding (Archive add-one, add-newest) <= 1 s and <= 0.1 x Archive clean."
  print "build s is the time the build reports for itself; wall minus build s is the client's start and round trip (build"
  print "server), process start (new process) or the watcher's 100 ms debounce and notice (serve). The peak MiB of rows built"
  print "by the build server and of serve rows is that process's peak so far (VmHWM), one process across its rows."
  print "CPU s is user + system time (medians): steadier than wall time when other work shares the machine."
}
