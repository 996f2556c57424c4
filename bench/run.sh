#!/usr/bin/env bash
# bench/run.sh -- build-speed benchmark for Archive, side by side with Hugo (issue 7).
#
# Usage:  bench/run.sh [SIZE ...]        sizes in articles; default: 1000 10000 100000
#
# Environment:
#   RUNS=3          how many times each build is measured; the table shows medians
#   SEED=42         corpus seed (the corpus is a pure function of size and seed)
#   HUGO=hugo       Hugo command; set HUGO= (empty) to skip Hugo even when it is installed
#   ARCHIVE=1       set ARCHIVE=0 to measure only Hugo and cp
#   ARCHIVE_CMD     how to run Archive; default: bench/.bin/archive/archive, a ReadyToRun Release publish of src/Archive.Cli
#                   (how the tool is meant to be shipped; see README "Performance")
#                   (it is given: build --content DIR --output OUT --base-url http://localhost/ $ARCHIVE_ARGS)
#   ARCHIVE_ARGS    more build options; default --verbose (each log then ends with the build's phase timings)
#   SERVER_GAP=2    seconds between one build through the build server and the next change (it syncs its staging folder
#                   and collects garbage a second after a build, as serve does; people do not add articles faster)
#   SERVE=1         set SERVE=0 to skip the serve rows; SERVE_TIMEOUT=120 (s per rebuild), SERVE_START_TIMEOUT=900 (s),
#                   SERVE_GAP=1 (s, at least, between changes): see bench/serve.sh
#
# What it does, once per invocation:
#   1. publishes Archive (src/Archive.Cli: Release, ReadyToRun, linux-x64) and builds the corpus generator in Release;
#   2. generates each size's corpus once into bench/.corpus/<size>-s<seed>/ (content/ for Archive,
#      hugo/ for the same articles as a Hugo site); reused while the generator's sources are unchanged;
#   3. for each size and run: Archive clean build (in its own process: `--no-server`), time to `cp -r` its output, Archive
#      unchanged rebuild (by `archive build` as users run it: this starts the output folder's build server, which loads the
#      caches as a new process would), Archive add-one rebuild (one new article copied in, build again; it is dated inside
#      the archive's span, so every later document id of the search index shifts), Archive add-newest rebuild (one more
#      article, newer than all: the daily case), both served by the build server (peak MiB is then the server's), the same
#      two in a new process each (`--no-server`: what a build costs without a server, e.g. in CI), then
#      the serve rows (bench/serve.sh: `archive serve` started once, the same changes dropped into content/ one at a time,
#      each timed until serve prints its build summary), Hugo clean build of the same articles;
#   4. prints a table (wall median, the build's own reported seconds, CPU, articles/s, pages written, output bytes,
#      peak RSS) and ratios,
#      and keeps raw numbers and logs in bench/results/<timestamp>/.
#
# Needs: dotnet (SDK 10), GNU time at /usr/bin/time (Debian: apt-get install time); optional: hugo
# (Debian: apt-get install hugo). Peak RSS is "Maximum resident set size" from /usr/bin/time -v.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-3}
SEED=${SEED:-42}
HUGO=${HUGO-hugo}
ARCHIVE=${ARCHIVE:-1}
SERVE=${SERVE:-1}
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(1000 10000 100000)

CORPUS_ROOT=$ROOT/bench/.corpus
WORK=$CORPUS_ROOT/work
RESULTS=$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)
RAW=$RESULTS/raw.tsv
GENERATOR_DLL=$ROOT/bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll
ARCHIVE_BIN=$ROOT/bench/.bin/archive
ARCHIVE_CMD=${ARCHIVE_CMD:-$ARCHIVE_BIN/archive}
# Trees a run is done with are moved here and deleted at the very end: ext4 skips recently deleted inodes when it creates
# files, so deleting 100k files just before a build makes that build (Archive's or Hugo's) pay seconds of kernel time.
TRASH=$WORK/trash
ARCHIVE_ARGS=${ARCHIVE_ARGS:---verbose}

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing; on Debian: apt-get install time"
command -v dotnet >/dev/null || die "dotnet is not on PATH"
if [[ -n $HUGO ]] && ! command -v "$HUGO" >/dev/null; then
  say "note: '$HUGO' not found; Hugo's column is skipped (Debian: apt-get install hugo)"
  HUGO=
fi
for size in "${SIZES[@]}"; do [[ $size =~ ^[1-9][0-9]*$ ]] || die "size '$size' is not a positive number"; done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number"

mkdir -p "$RESULTS" "$WORK"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'size\ttool\tphase\trun\twall_s\trss_kib\tpages\tbytes\tcpu_s\tbuild_s\n' >"$RAW"

# ---------------------------------------------------------------- build once
say "== building in Release"
dotnet build "$ROOT/bench/CorpusGenerator/CorpusGenerator.csproj" -c Release -nologo -v quiet >"$RESULTS/build-generator.log" 2>&1 \
  || die "the corpus generator does not build; see $RESULTS/build-generator.log"
if [[ $ARCHIVE == 1 ]]; then
  rm -rf "$ARCHIVE_BIN"
  if ! dotnet publish "$ROOT/src/Archive.Cli/Archive.Cli.csproj" -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o "$ARCHIVE_BIN" -nologo -v quiet >"$RESULTS/build-archive.log" 2>&1; then
    say "Archive: src/Archive.Cli does not build in Release; Archive's rows are skipped (see $RESULTS/build-archive.log)"
    ARCHIVE=0
  fi
fi

# ---------------------------------------------------------------- helpers
# timed LOG CMD... : runs CMD under /usr/bin/time -v; sets WALL and CPU (user + system, seconds), RSS (KiB) and RC.
timed() {
  local log=$1 start end
  shift
  start=$(date +%s%N)
  BUILD_S=
  if /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1; then RC=0; else RC=$?; fi
  end=$(date +%s%N)
  WALL=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  RSS=$(awk -F': *' '/Maximum resident set size/ { print $2 }' "$log.time")
  RSS=${RSS:-0}
  CPU=$(awk -F': *' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log.time")
}

files_in() { find "$1" -type f | wc -l; }
bytes_in() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }'; }

# discard PATH... : moves finished trees out of the way (renames only); they are deleted when the benchmark ends.
discard() {
  local path
  mkdir -p "$TRASH"
  for path in "$@"; do [[ -e $path ]] && mv "$path" "$TRASH/$(date +%s%N)-$RANDOM"; done
  return 0
}

# record SIZE TOOL PHASE RUN WALL RSS PAGES BYTES : one raw row, with CPU and BUILD_S (the build's own reported seconds, if any).
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$CPU" "${BUILD_S:-}" >>"$RAW"; }

generator_stamp() {
  { cat "$ROOT"/bench/CorpusGenerator/*.cs "$ROOT"/bench/CorpusGenerator/*.csproj; echo "seed=$SEED"; } | sha256sum | cut -c1-16
}

# corpus SIZE : makes sure bench/.corpus/SIZE-sSEED holds content/ and hugo/ for this generator; prints its path.
corpus() {
  local size=$1 dir=$CORPUS_ROOT/$1-s$SEED stamp
  stamp=$(generator_stamp)
  if [[ ! -f $dir/.stamp || $(cat "$dir/.stamp") != "$stamp" ]]; then
    say "== generating $size articles (seed $SEED) into ${dir#"$ROOT"/}"
    rm -rf "$dir"
    dotnet "$GENERATOR_DLL" --count "$size" --seed "$SEED" --out "$dir/content" --hugo "$dir/hugo" >&2
    echo "$stamp" >"$dir/.stamp"
  fi
  echo "$dir"
}

# The article added for add-one rebuilds: another seed's first article, under a name no corpus uses.
extra_article() {
  local dir=$CORPUS_ROOT/extra-s$SEED stamp
  stamp=$(generator_stamp)
  if [[ ! -f $dir/.stamp || $(cat "$dir/.stamp") != "$stamp" ]]; then
    rm -rf "$dir"
    dotnet "$GENERATOR_DLL" --count 1 --seed "$((SEED + 1))" --out "$dir/content" --markdown-fraction 0 >/dev/null
    echo "$stamp" >"$dir/.stamp"
  fi
  (cd "$dir/content" && find . -type f -name '*.txt' | head -n 1 | cut -c3-)
}

EXTRA_REL=$(extra_article)
EXTRA_SRC=$CORPUS_ROOT/extra-s$SEED/content/$EXTRA_REL
EXTRA_NAME=$(dirname "$EXTRA_REL")/added-$(basename "$EXTRA_REL")
NEWEST_NAME=2026/01/added-newest-$(basename "$EXTRA_REL")

# The build servers `archive build` starts live in a folder of the bench's own (and are stopped at the end), and are used
# whatever the environment says (CI turns them off by default).
SERVERS=$WORK/servers
export ARCHIVE_BUILD_SERVER=1 ARCHIVE_BUILD_SERVER_DIR=$SERVERS
mkdir -p "$SERVERS" && chmod 700 "$SERVERS"

archive_build() { # LOG [OPTION...] : one Archive build of $SITE/content into $SITE/public, run inside $SITE
  local log=$1
  shift
  # shellcheck disable=SC2086 # ARCHIVE_CMD is a command line
  # shellcheck disable=SC2086 # ARCHIVE_ARGS is a list of options
  timed "$log" env -C "$SITE" $ARCHIVE_CMD build --content content --output public --base-url http://localhost/ $ARCHIVE_ARGS "$@"
  BUILD_S=$(sed -nE 's/^[0-9]+ files read, [0-9]+ articles published, .*; ([0-9.]+) s$/\1/p' "$log" | tail -n 1)
  # Built by the server: the memory that counts is the server's (its peak so far), not the client's.
  if grep -q '^build server: ' "$log"; then
    local pid
    pid=$($ARCHIVE_CMD build-server status | sed -nE 's/.*: pid ([0-9]+), .*/\1/p' | head -n 1)
    [[ -n $pid ]] && RSS=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo "$RSS")
  fi
}

stop_servers() { [[ $ARCHIVE == 1 && -x ${ARCHIVE_CMD%% *} ]] && $ARCHIVE_CMD build-server stop >/dev/null 2>&1 || true; }

# shellcheck source=bench/serve.sh
source "$ROOT/bench/serve.sh"
trap 'stop_serve; stop_servers' EXIT # never leave serve or a build server running, whatever ends the script
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- measure
ARCHIVE_BROKEN=
for size in "${SIZES[@]}"; do
  dir=$(corpus "$size")
  logs=$RESULTS/$size
  mkdir -p "$logs"
  SITE=$WORK/archive-$size
  if [[ $ARCHIVE == 1 && -z $ARCHIVE_BROKEN ]]; then
    discard "$SITE"
    mkdir -p "$SITE"
    cp -al "$dir/content" "$SITE/content" # hard links: the added article never touches the cached corpus
  fi
  for run in $(seq 1 "$RUNS"); do
    say "== $size articles, run $run of $RUNS"
    if [[ $ARCHIVE == 1 && -z $ARCHIVE_BROKEN ]]; then
      discard "$SITE/public" "$SITE/public.staging" "$SITE/.archive-cache" "$WORK/copy"
      rm -f "$SITE/content/$EXTRA_NAME" "$SITE/content/$NEWEST_NAME"
      stop_servers
      archive_build "$logs/archive-clean-$run.log" --no-server
      pages=0
      [[ -d $SITE/public ]] && pages=$(files_in "$SITE/public")
      if [[ $RC != 0 || $pages == 0 ]]; then
        ARCHIVE_BROKEN="'archive build' exited with $RC and wrote $pages files (log: $logs/archive-clean-$run.log)"
        say "Archive: $ARCHIVE_BROKEN"
        say "Archive: the build command may not exist yet in this checkout; its rows are skipped"
        tail -n 5 "$logs/archive-clean-$run.log" >&2 || true
      else
        record "$size" archive clean "$run" "$WALL" "$RSS" "$pages" "$(bytes_in "$SITE/public")"
        timed "$logs/cp-$run.log" cp -r "$SITE/public" "$WORK/copy"
        record "$size" cp archive-output "$run" "$WALL" "$RSS" "$pages" "$(bytes_in "$WORK/copy")"
        discard "$WORK/copy"
        # A rebuild with nothing changed: what every later build starts from (it also leaves the staging base the writer
        # keeps between builds, as in daily use, where an archive is rebuilt many times).
        archive_build "$logs/archive-unchanged-$run.log"
        [[ $RC == 0 ]] && record "$size" archive unchanged "$run" "$WALL" "$RSS" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
        mkdir -p "$SITE/content/$(dirname "$EXTRA_NAME")"
        sleep "${SERVER_GAP:-2}"
        cp "$EXTRA_SRC" "$SITE/content/$EXTRA_NAME"
        archive_build "$logs/archive-add-one-$run.log"
        if [[ $RC == 0 ]]; then
          record "$size" archive add-one "$run" "$WALL" "$RSS" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
        else
          say "Archive: add-one rebuild failed with $RC (log: $logs/archive-add-one-$run.log)"
        fi
        # The daily case: one more article, newer than every other (the same text, its years moved to 2026).
        sleep "${SERVER_GAP:-2}"
        mkdir -p "$SITE/content/2026/01"
        sed -E '1,8s/\b20(1[0-9]|2[0-5])\b/2026/g' "$EXTRA_SRC" >"$SITE/content/$NEWEST_NAME"
        archive_build "$logs/archive-add-newest-$run.log"
        if [[ $RC == 0 ]]; then
          record "$size" archive add-newest "$run" "$WALL" "$RSS" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
        else
          say "Archive: add-newest rebuild failed with $RC (log: $logs/archive-add-newest-$run.log)"
        fi
        rm -f "$SITE/content/$EXTRA_NAME" "$SITE/content/$NEWEST_NAME"
        # The same two builds without a server: each a new process that loads the caches first.
        archive_build "$logs/archive-restore-$run.log"
        stop_servers
        cp "$EXTRA_SRC" "$SITE/content/$EXTRA_NAME"
        archive_build "$logs/archive-add-one-process-$run.log" --no-server
        [[ $RC == 0 ]] && record "$size" archive add-one-process "$run" "$WALL" "$RSS" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
        sed -E '1,8s/\b20(1[0-9]|2[0-5])\b/2026/g' "$EXTRA_SRC" >"$SITE/content/$NEWEST_NAME"
        archive_build "$logs/archive-add-newest-process-$run.log" --no-server
        [[ $RC == 0 ]] && record "$size" archive add-newest-process "$run" "$WALL" "$RSS" "$(files_in "$SITE/public")" "$(bytes_in "$SITE/public")"
        rm -f "$SITE/content/$EXTRA_NAME" "$SITE/content/$NEWEST_NAME"
        # The daily workflow: serve builds once, then rebuilds from memory as articles are dropped in (bench/serve.sh).
        if [[ $SERVE == 1 ]]; then serve_rows "$logs/serve-$run" "$size" "$run"; fi
      fi
    fi
    if [[ -n $HUGO ]]; then
      out=$WORK/hugo-$size
      discard "$out" "$WORK/hugo-cache" "$dir/hugo/resources"
      rm -f "$dir/hugo/.hugo_build.lock"
      timed "$logs/hugo-clean-$run.log" "$HUGO" --source "$dir/hugo" --destination "$out" --cacheDir "$WORK/hugo-cache" --quiet
      if [[ $RC == 0 ]]; then
        record "$size" hugo clean "$run" "$WALL" "$RSS" "$(files_in "$out")" "$(bytes_in "$out")"
        if [[ $run == 1 ]]; then
          timed "$logs/cp-hugo-$run.log" cp -r "$out" "$WORK/copy"
          record "$size" cp hugo-output "$run" "$WALL" "$RSS" "$(files_in "$out")" "$(bytes_in "$out")"
          discard "$WORK/copy"
        fi
      else
        say "Hugo failed with $RC (log: $logs/hugo-clean-$run.log)"
      fi
    fi
  done
done

say "== deleting the trees measured runs left behind"
rm -rf "$TRASH"

# ---------------------------------------------------------------- report
{
  echo "Archive build benchmark  $(date -u +%Y-%m-%dT%H:%M:%SZ)  runs=$RUNS seed=$SEED"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; $(dotnet --version | sed 's/^/.NET SDK /')${HUGO:+; $("$HUGO" version | cut -d' ' -f1-2)}"
  echo "load average (1/5/15 min) at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg) -- other work on the machine skews times"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [[ -n $ARCHIVE_BROKEN ]] && echo "Archive: not measured: $ARCHIVE_BROKEN"
  echo
  awk -F'\t' -f "$ROOT/bench/report.awk" "$RAW"
} | tee "$RESULTS/table.txt"
say "raw numbers and logs: ${RESULTS#"$ROOT"/}"
