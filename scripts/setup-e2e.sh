#!/usr/bin/env bash
# Installs what the real-VS-Code end-to-end tests (npm run test:e2e) need:
#   - Debian packages: chromium (browser driven by playwright-core), ripgrep (search
#     binary for VS Code), and the headers code-server's native modules build against.
#   - code-server 4.100.3 (VS Code 1.100.3, Node 20) into an ignored cache folder,
#     installed without its download-from-internet install scripts; the native modules
#     are built locally against this machine's Node headers.
# Idempotent: when everything is in place it only checks and exits (well under a second).
# Override the install folder with FACTCHECK_CODE_SERVER_DIR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION="4.100.3"
CS_DIR="${FACTCHECK_CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
STAMP="$CS_DIR/.setup-done-$CS_VERSION"
log() { echo "[setup-e2e] $*"; }

# ---- Debian packages -------------------------------------------------------------
APT_PKGS=(chromium ripgrep libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev build-essential python3)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# python3 may come from elsewhere (pyenv); any python3 on PATH is enough for node-gyp.
if command -v python3 >/dev/null 2>&1; then
  missing=("${missing[@]/python3/}")
fi
pkgs=()
for p in "${missing[@]}"; do [ -n "$p" ] && pkgs+=("$p"); done
if [ "${#pkgs[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${pkgs[*]}"
  # Another apt-get (an unattended upgrade, a parallel job) may hold the lock for a while: wait for it.
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi
for bin in /usr/bin/chromium /usr/bin/rg; do
  [ -x "$bin" ] || { log "missing $bin after apt-get install"; exit 1; }
done

# ---- code-server -----------------------------------------------------------------
CS_PKG="$CS_DIR/node_modules/code-server"
VS="$CS_PKG/lib/vscode"
if [ -f "$STAMP" ] && [ -f "$CS_PKG/out/node/entry.js" ] && [ -e "$VS/node_modules.asar" ] \
   && [ -x "$VS/node_modules/@vscode/ripgrep/bin/rg" ]; then
  log "code-server $CS_VERSION already set up in $CS_DIR"
  exit 0
fi

NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODE_MAJOR" != "20" ]; then
  log "code-server $CS_VERSION needs Node 20, found $(node -v)"; exit 1
fi
# Build native modules against the local Node headers (no header download).
NODEDIR="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$NODEDIR/include/node/node_version.h" ]; then
  log "no Node headers under $NODEDIR/include/node; node-gyp would try to download them"; exit 1
fi
export npm_config_nodedir="$NODEDIR"
NODE_GYP="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
if [ -f "$NODE_GYP" ]; then GYP=(node "$NODE_GYP"); else GYP=(npx --yes node-gyp); fi
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)
JOBS="$(nproc 2>/dev/null || echo 2)"

start=$SECONDS
mkdir -p "$CS_DIR"
rm -f "$STAMP"
[ -f "$CS_DIR/package.json" ] || echo '{ "name": "factcheck-e2e-code-server", "private": true }' > "$CS_DIR/package.json"

log "npm install code-server@$CS_VERSION (scripts off)"
(cd "$CS_DIR" && npm install "code-server@$CS_VERSION" --ignore-scripts "${NPM_FLAGS[@]}")

log "installing VS Code's own dependencies"
(cd "$VS" && npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}")

for m in kerberos @parcel/watcher @vscode/spdlog native-watchdog node-pty @vscode/deviceid; do
  log "node-gyp rebuild $m"
  (cd "$VS/node_modules/$m" && "${GYP[@]}" rebuild --nodedir="$NODEDIR" -j "$JOBS" >/dev/null 2>"$CS_DIR/gyp-${m//\//_}.log") \
    || { log "building $m failed:"; tail -30 "$CS_DIR/gyp-${m//\//_}.log"; exit 1; }
done

log "building argon2 (loaded by code-server at start)"
(cd "$CS_DIR" && npm rebuild argon2 --build-from-source "${NPM_FLAGS[@]}" >/dev/null)
ls "$CS_DIR"/node_modules/argon2/lib/binding/*/argon2.node >/dev/null

# What code-server's postinstall.sh does besides npm install.
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
# @vscode/ripgrep's install script downloads rg; use Debian's instead.
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sfn /usr/bin/rg "$VS/node_modules/@vscode/ripgrep/bin/rg"

log "installing built-in extensions' dependencies"
(cd "$VS/extensions" && npm install --omit=dev --ignore-scripts "${NPM_FLAGS[@]}")

version="$(node "$CS_PKG/out/node/entry.js" --config /dev/null --version 2>/dev/null | head -1)"
case "$version" in
  "$CS_VERSION "*) log "ok: $version ($((SECONDS - start)) s)" ;;
  *) log "code-server --version printed: $version"; exit 1 ;;
esac
touch "$STAMP"
