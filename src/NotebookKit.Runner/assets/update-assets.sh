#!/usr/bin/env bash
# Re-fetches the JavaScript the runner's HTML pages use (linked from a site's assets/ folder, or embedded), at the
# pinned versions below, checks each package against its pinned integrity, copies the files in, and checks them against
# SHA256SUMS. Only this script needs npm: the files are committed and built into the runner, so pages open offline.
# notebookkit/ (the pages' own stylesheet and script) is the project's own and is not fetched.
#
#   bash src/NotebookKit.Runner/assets/update-assets.sh            # fetch and verify
#   bash src/NotebookKit.Runner/assets/update-assets.sh --rehash   # after changing a version: rewrite SHA256SUMS
#
# When changing PLOTLY_VERSION, change HtmlAssets.PlotlyJsVersion too (a test compares them).
set -euo pipefail
cd "$(dirname "$0")"

PLOTLY_VERSION=2.35.3
PLOTLY_INTEGRITY=sha512-sz2HLP8gkysLx/BanM2PtJTtZ1PLPwdHwMWNri2YxLBy3IOeuDsVQtlmWa4hoK3j/fi4naaD3uZJqH5ozM3zGg==
KATEX_VERSION=0.16.22
KATEX_INTEGRITY=sha512-XCHRdUw4lf3SKBaJe4EvgqIuWwkPSo9XoeO8GjQW94Bp7TWv9hNhzZjZ+OH9yf1UmLygb7DIT5GSFQiyt16zYg==

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fetch NAME VERSION INTEGRITY: downloads the package tarball, checks it, unpacks it to $work/NAME/package.
fetch() {
  local tarball actual
  tarball=$(cd "$work" && npm pack --silent "$1@$2" | tail -n 1)
  actual="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | base64 -w0)"
  if [ "$actual" != "$3" ]; then
    echo "$1@$2: integrity $actual, expected $3" >&2
    exit 1
  fi
  mkdir -p "$work/$1"
  tar xzf "$work/$tarball" -C "$work/$1"
}

fetch plotly.js-dist-min "$PLOTLY_VERSION" "$PLOTLY_INTEGRITY"
mkdir -p plotly
cp "$work/plotly.js-dist-min/package/plotly.min.js" "$work/plotly.js-dist-min/package/LICENSE" plotly/

fetch katex "$KATEX_VERSION" "$KATEX_INTEGRITY"
rm -rf katex
mkdir -p katex/fonts
cp "$work/katex/package/dist/katex.min.js" "$work/katex/package/dist/katex.min.css" "$work/katex/package/LICENSE" katex/
cp "$work/katex/package/dist/fonts/"*.woff2 katex/fonts/

files=$(find plotly katex -type f | LC_ALL=C sort)
if [ "${1:-}" = "--rehash" ]; then
  # shellcheck disable=SC2086
  sha256sum $files > SHA256SUMS
fi
sha256sum --quiet -c SHA256SUMS
echo "assets: plotly.js $PLOTLY_VERSION, KaTeX $KATEX_VERSION verified"
