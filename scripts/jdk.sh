# Sourced by ./paceline and ./build: finds a JDK 21 or newer.
# The machine's default java may be older (17), so JAVA_HOME is used only when it
# is new enough; otherwise the newest JDK under /usr/lib/jvm is taken.

paceline_java_major() {  # $1 = a JDK home; prints its feature version, or nothing
  local release="$1/release" version
  [ -x "$1/bin/javac" ] || return 0
  if [ -r "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$release")
  else
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  printf '%s\n' "${version%%[!0-9]*}"
}

paceline_find_java_home() {  # prints a JDK home with feature version >= 21, or fails with one line
  local major best="" best_major=0 home
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(paceline_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then printf '%s\n' "$JAVA_HOME"; return 0; fi
  fi
  for home in /usr/lib/jvm/*; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    major=$(paceline_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$home; best_major=$major
    fi
  done
  if [ -n "$best" ]; then printf '%s\n' "$best"; return 0; fi
  echo "paceline: needs a JDK 21 or newer: set JAVA_HOME to one, or install one (apt-get install openjdk-21-jdk-headless)" >&2
  return 1
}
