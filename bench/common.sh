# Sourced by the bench/*.sh scripts: what every benchmark does before it starts.

# One benchmark at a time on a machine: two would share its cores and both sets of figures would be wrong.
bench_lock() {
  exec 9> "${TMPDIR:-/tmp}/fairdesk-bench.lock"
  flock -n 9 || { echo "another bench/*.sh is running on this machine; wait for it to finish" >&2; exit 1; }
}

# PostgreSQL 15 at 127.0.0.1:5432: the local cluster is started if it is down.
bench_postgres() {
  pg_isready -q -h 127.0.0.1 || pg_ctlcluster --skip-systemctl-redirect 15 main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL at 127.0.0.1:5432 is not ready" >&2; exit 1; }
}

# The Java benches read words of key=value; a space inside one would split it.
bench_key_value_args() {
  for arg in "$@"; do
    case $arg in
      *' '*) echo "an argument may not contain spaces: $arg" >&2; exit 1 ;;
      *=*) ;;
      *) echo "arguments are key=value, got $arg" >&2; exit 1 ;;
    esac
  done
}
