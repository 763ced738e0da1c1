#!/usr/bin/env bash
# Desktop client frame time and draw calls per scene with N avatars around the viewer, under Xvfb + Mesa llvmpipe.
# For each scene: a fresh server, N headless bots walking around that scene's centre, then the desktop client
# renders F frames at W×H (vsync off) and reports frame-time p50/p99, draw calls and triangles (JSON, one line per scene).
# Usage (from the repository root): tests/Metaverse.Benchmarks/Desktop/frame_times.sh [bots=50] [frames=300] [width=1280] [height=720]
set -euo pipefail
cd "$(dirname "$0")/../../.."
source scripts/lib/env.sh
source scripts/lib/packages.sh
bots=${1:-50}
frames=${2:-300}
width=${3:-1280}
height=${4:-720}
ensure_packages "${client_packages[@]}" xvfb xauth
dotnet build server/Metaverse.Server -c Release -v quiet -nologo >/dev/null
dotnet build client-xr/Metaverse.ClientXr -c Release -v quiet -nologo >/dev/null
server_dll=server/Metaverse.Server/bin/Release/net10.0/metaverse-server.dll
client_dll=client-xr/Metaverse.ClientXr/bin/Release/net10.0/metaverse-client.dll
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# scene, walk centre x,z, walk half-width (m): the bots walk in front of the scene's viewpoint.
for spec in "plant 0,1 5" "patient 40,1.5 1.5" "molecules 0,-39 1.2"; do
  read -r scene centre extent <<<"$spec"
  port=$((7900 + RANDOM % 500))
  dotnet "$server_dll" serve --udp-port "$port" --http-port "$((port + 1000))" --db "$work/$scene.db" >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$((port + 1000))") 2>/dev/null && break; sleep 0.2; done
  dotnet "$client_dll" --mode headless --server "127.0.0.1:$port" --api "http://127.0.0.1:$((port + 1000))" \
    --bots "$bots" --duration 600 --walk-centre "$centre" --walk-extent "$extent" --report json >/dev/null 2>"$work/bots.log" &
  swarm=$!
  sleep 8 # the bots log in, join and start walking
  xvfb-run -a -s "-screen 0 ${width}x${height}x24" dotnet "$client_dll" --mode desktop --server "127.0.0.1:$port" \
    --api "http://127.0.0.1:$((port + 1000))" --scene "$scene" --width "$width" --height "$height" \
    --screenshot "$work/$scene.png" --after-frames "$frames" --report json 2>"$work/client.log" || cat "$work/client.log" >&2
  kill -TERM $swarm $server 2>/dev/null || true
  wait $swarm $server 2>/dev/null || true
done
