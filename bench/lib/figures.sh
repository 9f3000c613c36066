# Shared by the benchmarks (sourced, not run). figure KEY VALUE appends "KEY VALUE" to the file that
# TANDEM_BENCH_FIGURES names, for bench/all to put in its table of goals; without it, nothing.
figure() {
  if [ -n "${TANDEM_BENCH_FIGURES:-}" ]; then
    printf '%s %s\n' "$1" "$2" >> "$TANDEM_BENCH_FIGURES"
  fi
}
