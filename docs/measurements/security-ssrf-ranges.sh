#!/usr/bin/env bash
# SEC-02: do the TypeScript guard (ipaddr.js range() === 'unicast') and the Go guard (blockedPrefixes)
# refuse the same addresses? Prints one line per address: ipaddr.js range, then the Go verdict.
# Rerun from the repository root: bash docs/measurements/security-ssrf-ranges.sh
# Needs: go (1.18+ for net/netip) and examples/node_modules (npm ci in examples/).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

addresses=(64:ff9b::a9fe:a9fe 2002:7f00:1:: 0.1.2.3 198.18.0.1 192.0.0.8 240.0.0.1 ::ffff:10.0.0.1
  100.64.1.1 169.254.169.254 fe80::1%eth0 fd00::1 127.0.0.1 8.8.8.8 2606:4700::1111 1.1.1.1)

# The Go tab's list and check, copied from content/security.mdx (SEC-02).
cat >"$tmp/main.go" <<'GO'
package main

import (
	"fmt"
	"net/netip"
	"os"
)

var blockedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
		"192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
		"2001::/23", "2001:db8::/32", "2002::/16", "2620:4f:8000::/48", "3fff::/20",
		"5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

func main() {
	for _, a := range os.Args[1:] {
		ip := netip.MustParseAddr(a).Unmap().WithZone("")
		verdict := "allowed"
		for _, p := range blockedPrefixes {
			if p.Contains(ip) {
				verdict = "blocked"
			}
		}
		fmt.Println(verdict)
	}
}
GO

mapfile -t go_verdicts < <(cd "$tmp" && go run main.go "${addresses[@]}")
mapfile -t ts_ranges < <(cd "$root/examples" && node -e '
const ipaddr = require("ipaddr.js");
for (const a of process.argv.slice(1)) console.log(ipaddr.process(a.split("%")[0]).range());
' "${addresses[@]}")

mismatch=0
for i in "${!addresses[@]}"; do
  ts=${ts_ranges[$i]}
  go=${go_verdicts[$i]}
  want=blocked
  [[ $ts == unicast ]] && want=allowed
  flag=""
  [[ $want != "$go" ]] && flag="  MISMATCH" && mismatch=1
  printf '%-22s ipaddr.js=%-16s go=%s%s\n' "${addresses[$i]}" "$ts" "$go" "$flag"
done
exit "$mismatch"
