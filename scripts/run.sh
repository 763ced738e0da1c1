#!/usr/bin/env bash
# The main job: the server (UDP + HTTP, embedded SQLite) and clients in one room. With a display the
# client opens — in a headset when an OpenXR runtime is running, else the desktop window — and six bots walk
# the plant hall around you until you close it; without one,
# headless bots join and report what they saw. Extra arguments go to the bots,
# e.g. scripts/run.sh --bots 20 --duration 60 --loss 0.1
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/env.sh
source scripts/lib/packages.sh

http_port=${METAVERSE_HTTP_PORT:-8080}
udp_port=${METAVERSE_UDP_PORT:-7777}
server_dll=server/Metaverse.Server/bin/Release/net10.0/metaverse-server.dll
client_dll=client-xr/Metaverse.ClientXr/bin/Release/net10.0/metaverse-client.dll

step "build"
dotnet build server/Metaverse.Server -c Release -v quiet -nologo
dotnet build client-xr/Metaverse.ClientXr -c Release -v quiet -nologo

step "server: UDP 127.0.0.1:$udp_port, HTTP http://127.0.0.1:$http_port, database data/metaverse.db"
mkdir -p data
# Every client of this demo connects from 127.0.0.1: lift the per-address session limit (default 8).
Metaverse__MaxSessionsPerAddress=4096 dotnet "$server_dll" serve --udp-port "$udp_port" --http-port "$http_port" --db data/metaverse.db &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null && break
  kill -0 $server_pid 2>/dev/null || { echo "the server exited during start-up" >&2; exit 1; }
  sleep 0.2
done

defaults=()
for flag_and_value in "--name bot" "--bots 6" "--duration 15" "--report table"; do
  flag=${flag_and_value%% *}
  [[ " $* " == *" $flag "* ]] || defaults+=($flag_and_value)
done
bots=(dotnet "$client_dll" --mode headless --server "127.0.0.1:$udp_port" --api "http://127.0.0.1:$http_port")
status=0
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  ensure_packages "${client_packages[@]}" "${xr_packages[@]}"
  step "a display is present: the client opens (in a headset when an OpenXR runtime is running, else on the desktop); six bots walk the plant hall until you close it"
  echo "Controls: right-drag to look, WASD/QE to move (Shift: faster), click to press, drag to grab a molecule,"
  echo "Tab for the next scene (plant hall, patient room, molecule lab), Esc for the menu, F3 for the overlay."
  "${bots[@]}" --name bot --bots 6 --duration 3600 --report json >/dev/null 2>data/bots.log &
  bots_pid=$!
  name=$(printf '%s' "${USER:-guest}" | tr -cd 'A-Za-z0-9._-' | cut -c1-28)
  dotnet "$client_dll" --mode auto --server "127.0.0.1:$udp_port" --api "http://127.0.0.1:$http_port" --name "${name:-guest}" || status=$?
  kill -TERM $bots_pid 2>/dev/null || true
  wait $bots_pid 2>/dev/null || true
else
  step "no display: headless bots join the default room"
  echo "The default room runs four twins: cdc-line-1 (tablet line), bioreactor-1, lyophilizer-1 and molecule-lab-1."
  echo "While they run: curl http://127.0.0.1:$http_port/api/rooms/default/twins, /metrics, /api/rooms, /api/audit"
  echo "Each bot logs in over HTTP, connects over UDP, walks a smooth path (30 poses/s), receives the twins'"
  echo "channels, sends a chat line every second, and checks that it sees every other avatar and receives"
  echo "every other bot's chat line."
  "${bots[@]}" "${defaults[@]}" "$@" || status=$?
fi

step "stopping the server (it tells connected clients and flushes storage)"
kill -TERM $server_pid
wait $server_pid || true
trap - EXIT
dotnet "$server_dll" audit verify --db data/metaverse.db || true
exit $status
