#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for integration tests.
#
#   throwaway-postgres.sh start DIR   creates a cluster in DIR (which must be missing or empty), starts it
#                                     and prints one line: an Npgsql connection string to database jixiao_test.
#   throwaway-postgres.sh stop DIR    stops that cluster (immediate shutdown) and removes DIR.
#
# The cluster uses UTF8 encoding, locale C and trust authentication, and listens only on a unix socket in DIR
# and on 127.0.0.1 at a free port picked here. It trades durability for speed (fsync off): never keep data in it.
# initdb refuses to run as root, so under root the cluster belongs to the `postgres` user (from Debian's
# postgresql package) and DIR must be reachable by that user; otherwise it belongs to the current user.
# Only the connection string goes to stdout; progress and errors go to stderr. On any failure `start` stops
# whatever it started, keeps DIR for its logs and exits non-zero.
set -uo pipefail

readonly superuser=postgres database=jixiao_test marker=.throwaway-postgres

die() { echo "throwaway-postgres: $*" >&2; exit 1; }
say() { echo "throwaway-postgres: $*" >&2; }

usage() { die "usage: $0 start DIR | stop DIR"; }

# PG* variables from the caller's environment (PGOPTIONS, PGSERVICE, PGSSLMODE, ...) must not leak into our clients.
while read -r v; do unset "$v"; done < <(compgen -e | grep '^PG' || true)
# The server user may not be allowed into the caller's working directory.
cd /

# run CMD...: runs as the cluster's owner.
if [[ $(id -u) -eq 0 ]]; then
  run() { runuser -u postgres -- "$@"; }
else
  run() { "$@"; }
fi

# Newest PostgreSQL under /usr/lib/postgresql (Debian's layout); initdb on PATH as a fallback elsewhere.
find_bindir() {
  local newest
  newest=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | grep -v '\*' | sort -V | tail -n 1)
  if [[ -n $newest && -x $newest ]]; then
    dirname "$newest"
  elif command -v initdb >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
  else
    die "no initdb found under /usr/lib/postgresql/*/bin or on PATH; install Debian's postgresql package"
  fi
}

# The bin directory of the version DIR's cluster was created with.
bindir_of() {
  local data=$1 version
  version=$(cat "$data/PG_VERSION" 2>/dev/null) || { find_bindir; return; }
  if [[ -x /usr/lib/postgresql/$version/bin/pg_ctl ]]; then echo "/usr/lib/postgresql/$version/bin"; else find_bindir; fi
}

# A port outside the kernel's ephemeral range (so outgoing connections cannot hold it) that nothing listens on.
# Another process can still take it before the server binds it; start_server retries on a bind failure.
pick_port() {
  local low=20000 high=32767 port hex ephemeral_low
  read -r ephemeral_low _ 2>/dev/null < /proc/sys/net/ipv4/ip_local_port_range || ephemeral_low=32768
  ((ephemeral_low > low + 1000)) && high=$((ephemeral_low - 1))
  for _ in $(seq 1 200); do
    port=$((low + (RANDOM * 32768 + RANDOM) % (high - low + 1)))
    printf -v hex ':%04X ' "$port"
    # Local addresses are the second column of /proc/net/tcp{,6}; any socket bound there counts as taken.
    if ! awk '{print $2" "}' /proc/net/tcp /proc/net/tcp6 2>/dev/null | grep -qi -- "$hex"; then
      echo "$port"; return 0
    fi
  done
  die "found no free TCP port between $low and $high"
}

# Stops the server whose data directory is $1, however it is doing; returns once no process of it remains.
stop_server() {
  local data=$1 bindir pid
  [[ -f $data/postmaster.pid ]] || return 0
  pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null)
  bindir=$(bindir_of "$data")
  run "$bindir/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1 || true
  # pg_ctl gives up on a server it cannot signal or that does not exit: kill the postmaster and its children.
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$data" ]]; then
    say "pg_ctl did not stop server $pid; killing it"
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$data" ]]; then
    say "server $pid in $data is still running"
    return 1
  fi
  return 0
}

show_log() {
  local file=$1
  [[ -s $file ]] || return 0
  say "last lines of $file:"
  tail -n 20 "$file" | sed 's/^/    /' >&2
}

# Read by start's exit trap, which may run after start has returned.
data="" started=0

start() {
  local dir=$1 log bindir port conn attempt
  [[ -n $dir ]] || usage
  mkdir -p -- "$dir" || die "cannot create $dir"
  dir=$(cd -- "$dir" && pwd -P) || die "cannot enter $dir"
  [[ $dir != / ]] || die "refusing to use / as the cluster directory"
  if [[ -n $(ls -A -- "$dir") ]]; then
    if [[ -e $dir/$marker ]]; then die "$dir already holds a throwaway cluster; run '$0 stop $dir' first"; fi
    die "$dir is not empty; give a new or empty directory"
  fi
  data=$dir/data log=$dir/server.log
  # The server's unix socket is DIR/.s.PGSQL.<port>; a unix socket path holds at most 107 bytes.
  ((${#dir} + 17 <= 107)) || die "$dir is too long for a unix socket path (at most 90 characters)"

  bindir=$(find_bindir) || exit 1
  [[ -x $bindir/pg_ctl ]] || die "$bindir has initdb but no pg_ctl"

  : > "$dir/$marker"
  if [[ $(id -u) -eq 0 ]]; then
    getent passwd postgres >/dev/null || die "running as root needs the 'postgres' user (from Debian's postgresql package) to own the cluster"
    chown -R postgres: -- "$dir" || die "cannot chown $dir to postgres"
    run test -w "$dir" -a -x "$dir" \
      || die "user postgres cannot write to $dir (is a parent directory closed to it?); use a directory under /tmp"
  fi

  # From here on, a failure or an interrupt must not leave a server running.
  trap 'if ((started == 0)) && [[ -n $data ]]; then stop_server "$data"; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if ! run "$bindir/initdb" -D "$data" -U "$superuser" -A trust -E UTF8 --locale=C --no-sync > "$dir/initdb.log" 2>&1; then
    show_log "$dir/initdb.log"
    die "initdb failed (log in $dir/initdb.log)"
  fi
  cat >> "$data/postgresql.conf" <<EOF || die "cannot write $data/postgresql.conf"

# throwaway-postgres.sh: local connections only, speed over durability.
listen_addresses = '127.0.0.1'
unix_socket_directories = '${dir//\'/\'\'}'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF

  for attempt in 1 2 3 4 5; do
    port=$(pick_port) || exit 1
    if run "$bindir/pg_ctl" start -D "$data" -l "$log" -o "-p $port" -w -t 60 >/dev/null 2>> "$dir/pg_ctl.log"; then
      break
    fi
    stop_server "$data"
    if grep -qE 'could not (bind|create any TCP/IP|create lock file)|already in use' "$log" 2>/dev/null && ((attempt < 5)); then
      say "port $port is taken; trying another"
      : > "$log"
      continue
    fi
    show_log "$log"
    show_log "$dir/pg_ctl.log"
    die "the server did not start (logs in $dir)"
  done

  if ! "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U "$superuser" -d postgres \
      -c "create database $database" > "$dir/createdb.log" 2>&1; then
    show_log "$dir/createdb.log"
    show_log "$log"
    die "the server started on port $port but creating database $database over TCP failed"
  fi

  conn="Host=127.0.0.1;Port=$port;Username=$superuser;Database=$database;Include Error Detail=true"
  echo "$conn" > "$dir/connection-string"
  started=1
  echo "$conn"
}

stop() {
  local dir=$1
  [[ -n $dir ]] || usage
  [[ -e $dir ]] || return 0
  dir=$(cd -- "$dir" && pwd -P) || die "cannot enter $dir"
  if [[ ! -e $dir/$marker ]]; then
    # Removing a directory this script did not set up could destroy anything: only an empty one goes.
    [[ -z $(ls -A -- "$dir") ]] || die "$dir holds no throwaway cluster (no $marker); not touching it"
    rmdir -- "$dir" || die "cannot remove $dir"
    return 0
  fi
  stop_server "$dir/data" || die "could not stop the server in $dir; not removing it"
  rm -rf -- "$dir" || die "cannot remove $dir"
}

case "${1:-}" in
  start) [[ $# -eq 2 ]] || usage; start "$2" ;;
  stop) [[ $# -eq 2 ]] || usage; stop "$2" ;;
  *) usage ;;
esac
