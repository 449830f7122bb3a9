#!/bin/sh
# Runs MIND-10's ci/adr-immutable.sh against ADRs in both formats it claims to read: adr-tools
# ("## Status" section, doc/adr, "Superceded by" links) and the page's own template ("Status:" header).
# Usage: sh docs/measurements/mindset-adr-immutable-test.sh [content/mindset.mdx]
# Needs git and awk. Prints one line per case; exits 1 if any case gives the wrong answer.
set -eu
page=$(cd "$(dirname "${1:-content/mindset.mdx}")" && pwd)/$(basename "${1:-content/mindset.mdx}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The script is the page's sh block that starts with "#!/bin/sh" and names ci/adr-immutable.sh.
awk '/^```sh$/ { grab = 0; buf = ""; next }
     /^```$/ && grab { exit }
     /^# ci\/adr-immutable.sh/ { grab = 1 }
     { buf = buf $0 "\n" }
     grab && buf != "" { printf "%s", buf; buf = "" }' "$page" > "$work/adr-immutable.sh"
cd "$work"
git init -q -b main repo && cd repo
git config user.email test@example.com && git config user.name test
mkdir -p doc/adr docs/adr
printf '# 1. Use PostgreSQL\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n\n## Decision\n\nWe will use PostgreSQL.\n\n## Consequences\n\nOne more thing to run.\n' > doc/adr/0001-use-postgresql.md
printf '# 2. Cache\n\nDate: 2026-01-01\nStatus: Accepted\nSupersedes: none\nSuperseded by: none\n\n## Context\n\nX.\n\n## Decision\n\nWe will cache.\n' > "docs/adr/0002 cache.md"
printf '# 3. Draft\n\n## Status\n\nProposed\n\n## Decision\n\nMaybe.\n' > doc/adr/0003-draft.md
git add -A && git commit -qm base && git branch base
bad=0
check() { # $1 description, $2 expected (pass/fail)
  git commit -qam change
  if sh ../adr-immutable.sh base >/dev/null 2>&1; then got=pass; else got=fail; fi
  [ "$got" = "$2" ] || bad=1
  echo "$1: $got (expected $2)"
  git checkout -q base && git branch -qD t
}
git checkout -q -b t; sed -i 's/We will use PostgreSQL./We will use MySQL./' doc/adr/0001-use-postgresql.md
check "adr-tools format, decision edited" fail
git checkout -q -b t; sed -i 's/^Accepted$/Superceded by [4. MySQL](0004-mysql.md)/' doc/adr/0001-use-postgresql.md
check "adr-tools format, superseded" pass
git checkout -q -b t; sed -i 's/We will cache./We will not cache./' "docs/adr/0002 cache.md"
check "header format, path with a space, decision edited" fail
git checkout -q -b t; sed -i 's/^Status: Accepted/Status: Superseded/; s/^Superseded by: none/Superseded by: 5/' "docs/adr/0002 cache.md"
check "header format, superseded" pass
git checkout -q -b t; sed -i 's/Maybe./Yes./' doc/adr/0003-draft.md
check "proposed record edited" pass
exit "$bad"
