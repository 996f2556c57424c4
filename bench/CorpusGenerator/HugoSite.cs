namespace Archive.Bench.Corpus;

/// <summary>The fixed files of the Hugo twin site: config and minimal layouts with the pages Archive builds.</summary>
public static class HugoSite
{
    /// <summary>Articles live in this section so that date permalinks apply to them.</summary>
    public const string Section = "articles";

    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("hugo.toml", """
            baseURL = "http://localhost/"
            languageCode = "en"
            title = "News Archive"
            paginate = 20
            rssLimit = 20
            enableRobotsTXT = false

            [permalinks]
              articles = "/:year/:month/:day/:slug/"

            [taxonomies]
              tag = "tags"
              category = "categories"
              place = "places"
              archive = "archives"

            """),
        ("content/articles/_index.md", "---\ntitle: \"All articles\"\n---\n"),
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head><meta charset="utf-8"><title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title>
            {{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
            </head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav><a href="{{ "articles/" | relURL }}">All</a> <a href="{{ "tags/" | relURL }}">Topics</a> <a href="{{ "categories/" | relURL }}">Sources</a> <a href="{{ "places/" | relURL }}">Places</a> <a href="{{ "archives/" | relURL }}">Months</a></nav></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "January 2, 2006 15:04" }}</time>
            {{ range .GetTerms "categories" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
            {{ with .Params.authors }} · By {{ delimit . ", " }}{{ end }}</p>
            {{ .Content }}
            <p class="topics">{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            <nav>{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            </article>
            {{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $paginator := .Paginate .Pages }}
            <ul>{{ range $paginator.Pages }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}
            </ul>
            {{ template "_internal/pagination.html" . }}
            {{ end }}

            """),
        ("layouts/_default/terms.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}
            <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}
            </ul>
            {{ end }}

            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1>Latest</h1>
            <ul>{{ range first 20 (where site.RegularPages "Section" "articles") }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}
            </ul>
            {{ end }}

            """),
    ];
}
