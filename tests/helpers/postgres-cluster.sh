#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: made in DIR, listening on a Unix socket in DIR only
# (no TCP port), trusting the local user "sitesync", and removed again.
#   postgres-cluster.sh start DIR   makes and starts it, then prints its address
#   postgres-cluster.sh stop DIR    stops it and removes DIR
set -euo pipefail

command="${1:-}"
dir="${2:-}"
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: postgres-cluster.sh start|stop DIR" >&2
    exit 2
fi
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
    echo "PostgreSQL is not installed (Debian package postgresql)." >&2
    exit 1
fi

# PostgreSQL refuses to run as root: there, the cluster belongs to the postgres system user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U sitesync -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
    # Durability is not what these tests check; the benchmark makes its own, durable cluster.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c max_connections=300" \
        start >/dev/null
    echo "postgresql://sitesync@/postgres?host=$dir"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
