#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL 15 for the tests, on a fresh Debian 12 machine.
#
#   eng/postgres.sh start DIR    installs postgresql-15 if its binaries are missing, makes a new cluster in DIR/data
#                                on a free loopback port and prints one line to stdout, the Npgsql connection string
#                                (Host=127.0.0.1;Port=PORT;Username=postgres;Password=...), also kept in
#                                DIR/connection-string; everything else goes to stderr
#   eng/postgres.sh stop DIR     stops that server (if it runs) and removes DIR
#
# The cluster is our own, never Debian's: the package's postinst may make a default cluster on port 5432, which is
# left alone (no pg_ctlcluster, no systemctl), so the tests never depend on what else runs on the machine. Its unix
# socket lives in DIR, so nothing needs /var/run/postgresql. Several servers may run at once, each in its own DIR.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
# Files this script puts in DIR; `stop` removes only a folder that holds them, so a mistyped DIR is never deleted.
marker=.intimacykit-postgres

usage() {
  echo "usage: eng/postgres.sh start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
cmd=$1

# initdb refuses to run as root: as root the server runs as Debian's `postgres` system user (the package makes it),
# otherwise as the current user.
if [ "$(id -u)" -eq 0 ]; then
  as_pg() {
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      # su hands the arguments after `--` to the shell as "$0" "$@", so nothing is quoted twice (without `--` su
      # would take options such as -w or -D as its own).
      su postgres -s /bin/sh -c 'exec "$0" "$@"' -- "$@"
    fi
  }
else
  as_pg() { "$@"; }
fi

case $cmd in
  start) ;;
  stop)
    [ -e "$2" ] || exit 0
    dir=$(cd "$2" && pwd)
    if [ -n "$(ls -A "$dir")" ] && [ ! -e "$dir/$marker" ]; then
      echo "postgres: $dir was not made by eng/postgres.sh start; not removing it" >&2
      exit 2
    fi
    # Run from DIR: the postgres user may not be allowed into the caller's working folder.
    if [ -e "$dir/data/PG_VERSION" ]; then
      (cd "$dir" && as_pg "$bin/pg_ctl" -D "$dir/data" stop -m fast >&2) ||
        echo "postgres: server in $dir was not running" >&2
    fi
    rm -rf "$dir"
    exit 0
    ;;
  *) usage ;;
esac

# --- start ---

if [ ! -x "$bin/initdb" ]; then
  echo "postgres: installing postgresql-15 from Debian packages" >&2
  if [ "$(id -u)" -eq 0 ]; then
    as_root=(env)
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env)
  else
    echo "postgres: run as root, or install first: apt-get install postgresql-15" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update -qq >&2
  "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
  if [ ! -x "$bin/initdb" ]; then
    echo "postgres: $bin/initdb is still missing after installing postgresql-15" >&2
    exit 1
  fi
fi

# DIR must be new or empty (mktemp -d gives one), so an old cluster or someone's files are never reused.
mkdir -p "$2"
dir=$(cd "$2" && pwd)
if [ -n "$(ls -A "$dir")" ]; then
  echo "postgres: $dir is not empty; give a new or empty folder" >&2
  exit 2
fi
# pg_ctl hands its -o options to /bin/sh, where DIR is single-quoted.
case $dir in
  *"'"*) echo "postgres: $dir contains a single quote; give another folder" >&2; exit 2 ;;
esac
# A unix socket path holds at most 107 bytes (DIR/.s.PGSQL.NNNNN); a longer one stops the server from starting.
if [ $((${#dir} + 18)) -gt 107 ]; then
  echo "postgres: $dir is too long for a unix socket path; give a shorter folder" >&2
  exit 2
fi
touch "$dir/$marker"

if [ "$(id -u)" -eq 0 ]; then
  # mktemp -d makes DIR root's with mode 700: give it to postgres, which also needs to get through its parents.
  chown postgres: "$dir"
  chmod 700 "$dir"
  if ! as_pg test -w "$dir"; then
    echo "postgres: the postgres user cannot reach $dir; give a folder whose parents others can enter (e.g. mktemp -d)" >&2
    exit 1
  fi
fi
cd "$dir"

# A hex password needs no escaping in a connection string.
password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
(umask 077 && printf '%s\n' "$password" >"$dir/pwfile")
[ "$(id -u)" -ne 0 ] || chown postgres: "$dir/pwfile"

# C.UTF-8 sorts by code point and keeps UTF-8 character classes; a machine without that locale falls back to C.
init() {
  as_pg "$bin/initdb" -D "$dir/data" --username=postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale="$1" --no-instructions >&2
}
if ! init C.UTF-8; then
  echo "postgres: initdb with locale C.UTF-8 failed; trying locale C" >&2
  rm -rf "$dir/data"
  init C
fi
rm -f "$dir/pwfile"

# Whether something already listens on a loopback port (connection refused is immediate on 127.0.0.1).
port_busy() { (: >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A free port from a random start at 55432 or above, so servers started at the same time seldom pick the same one.
free_port() {
  local p=$((55432 + RANDOM % 4000)) i
  for ((i = 0; i < 500; i++)); do
    port_busy "$p" || { echo "$p"; return 0; }
    p=$((p + 1))
  done
  echo "postgres: no free loopback port found from 55432 upward" >&2
  return 1
}

# Between the check and the server's bind another process may take the port: then try another one.
started=
for attempt in 1 2 3 4 5; do
  port=$(free_port)
  log_lines=$( [ -e "$dir/postgres.log" ] && wc -l <"$dir/postgres.log" || echo 0)
  echo "postgres: starting PostgreSQL 15 in $dir on 127.0.0.1:$port" >&2
  if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k '$dir' -c max_connections=300 -c fsync=on" start >&2; then
    started=1
    break
  fi
  if ! tail -n +"$((log_lines + 1))" "$dir/postgres.log" 2>/dev/null | grep -q 'Address already in use'; then
    break
  fi
  echo "postgres: port $port was taken meanwhile (attempt $attempt); trying another" >&2
done
if [ -z "$started" ]; then
  echo "postgres: the server did not start; the end of $dir/postgres.log:" >&2
  tail -n 30 "$dir/postgres.log" >&2 || true
  exit 1
fi

# pg_ctl -w already waited; this checks the TCP listener the tests use, not only the unix socket.
for ((i = 0; i < 60; i++)); do
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
if ! "$bin/pg_isready" -h 127.0.0.1 -p "$port" >&2; then
  echo "postgres: the server does not answer on 127.0.0.1:$port; stopping it. The end of $dir/postgres.log:" >&2
  tail -n 30 "$dir/postgres.log" >&2 || true
  as_pg "$bin/pg_ctl" -D "$dir/data" stop -m immediate >&2 || true
  exit 1
fi

conn="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
(umask 077 && printf '%s\n' "$conn" >"$dir/connection-string")
echo "$conn"
