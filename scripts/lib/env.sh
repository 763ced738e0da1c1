# Shared by the scripts: quiet .NET CLI, and a visible marker per step.
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() {
  printf '\n==> %s\n' "$*"
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK 10 is required (https://dot.net): 'dotnet' is not on PATH." >&2
  exit 1
fi
