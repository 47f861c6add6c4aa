#!/usr/bin/env bash
# Installs the system browsers the end-to-end tests drive (Debian's chromium and firefox-esr) when
# they are missing. Browser downloads by npm packages are blocked on our machines; apt is not.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0
echo "[backstory] installing ${need[*]} with apt-get"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Keep Recommends: chromium-common pulls in fonts the screenshots need.
$SUDO apt-get install -y -qq "${need[@]}" >/dev/null
