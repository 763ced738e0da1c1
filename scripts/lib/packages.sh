# ensure_packages PKG...: installs the Debian packages that are missing (apt-get; as root, or through sudo).
# The desktop client needs GLFW, Mesa's OpenGL and FreeType; its tests render under Xvfb.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The packages the desktop client loads at run time.
client_packages=(libglfw3 libgl1-mesa-dri libglx-mesa0 libfreetype6)

# The OpenXR loader the client uses, and what the tests need to build and check the C test runtime.
xr_packages=(libopenxr-loader1)
xr_test_packages=("${xr_packages[@]}" gcc libopenxr-dev libgl-dev openxr-layer-corevalidation)
