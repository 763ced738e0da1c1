#!/usr/bin/env bash
# Headset-mode frame time under llvmpipe, against the C OpenXR test runtime (tests/openxr-test-runtime), with N avatars.
# A fresh server, N headless bots walking in front of the plant-hall viewpoint, then `metaverse-client --mode xr
# --xr-frames F` with both eyes at W×H; prints the client's frame-time line (a stereo frame = both eyes + the mirror).
# Usage (from the repository root): tests/Metaverse.Benchmarks/Xr/frame_times.sh [bots=50] [frames=300] [eye-width=640] [eye-height=360]
set -euo pipefail
cd "$(dirname "$0")/../../.."
source scripts/lib/env.sh
source scripts/lib/packages.sh
bots=${1:-50}
frames=${2:-300}
width=${3:-640}
height=${4:-360}
ensure_packages "${client_packages[@]}" "${xr_test_packages[@]}" xvfb xauth
dotnet build server/Metaverse.Server -c Release -v quiet -nologo >/dev/null
dotnet build client-xr/Metaverse.ClientXr -c Release -v quiet -nologo >/dev/null
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
runtime=tests/openxr-test-runtime
cc -shared -fPIC -O1 -std=c11 -D_DEFAULT_SOURCE -fvisibility=hidden -Wl,-z,nodelete -Wl,-Bsymbolic \
  -o "$work/libmetaverse_test_runtime.so" $(ls $runtime/*.c | grep -v driver.c) -lGL -lm
sed "s#@LIBRARY_PATH@#$work/libmetaverse_test_runtime.so#" $runtime/manifest.template.json >"$work/runtime.json"
printf 'resolution %s %s\nhead 0 0,1.6,0 0,0,0,1\n' "$width" "$height" >"$work/script.txt"

port=$((7900 + RANDOM % 500))
dotnet server/Metaverse.Server/bin/Release/net10.0/metaverse-server.dll serve --udp-port "$port" --http-port "$((port + 1000))" --db "$work/bench.db" >"$work/server.log" 2>&1 &
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$((port + 1000))") 2>/dev/null && break; sleep 0.2; done
client=client-xr/Metaverse.ClientXr/bin/Release/net10.0/metaverse-client.dll
dotnet "$client" --mode headless --server "127.0.0.1:$port" --api "http://127.0.0.1:$((port + 1000))" \
  --bots "$bots" --duration 600 --walk-centre 0,1 --walk-extent 5 --report json >/dev/null 2>"$work/bots.log" &
sleep 8
XR_RUNTIME_JSON="$work/runtime.json" METAVERSE_XR_SCRIPT="$work/script.txt" \
  xvfb-run -a -s "-screen 0 1280x720x24" dotnet "$client" --mode xr --server "127.0.0.1:$port" \
  --api "http://127.0.0.1:$((port + 1000))" --xr-frames "$frames" 2>&1 | grep "frame time"
