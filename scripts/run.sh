#!/usr/bin/env bash
# The main job. Until the server exists (issue: server core) this is the transport demo: one server
# and a few clients on loopback over a simulated lossy link, with live per-connection figures.
# Extra arguments go to the demo, e.g. scripts/run.sh --clients 16 --loss 0.1
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/env.sh

step "build"
dotnet build server/Metaverse.Server -c Release -v quiet -nologo
step "transport demo"
exec dotnet server/Metaverse.Server/bin/Release/net10.0/metaverse-server.dll demo transport "$@"
