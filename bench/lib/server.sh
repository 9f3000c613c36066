# Shared by bench/load and bench/hotswap (sourced, not run): starts a Tandem installation on
# 127.0.0.1 with a throw-away data directory, signs in the first-start administrator and creates an
# API token. Expects $work (a temporary folder the caller removes).

need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" > /dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "installing $2 ..." >&2
    { apt-get update -qq && apt-get install -y -qq "$2"; } > "$work/apt.log" 2>&1 \
      || { cat "$work/apt.log" >&2; echo "could not install $2: install it (apt-get install $2) and run again" >&2; exit 2; }
  else
    echo "$1 is missing: install it (Debian/Ubuntu: sudo apt-get install $2) and run again" >&2; exit 2
  fi
}

# start_tandem HOME [DATA]: starts it headless on a free port with data in DATA (default $work/data);
# sets $pid, $port, $base, $out
start_tandem() {
  local home=$1 data=${2:-$work/data}
  port=$((20000 + RANDOM % 20000))
  base=http://127.0.0.1:$port
  out=$data.out
  : > "$out"
  "$home/bin/tandem" --headless --port "$port" --data "$data" > "$out" 2>&1 &
  pid=$!
  until grep -q "ready at" "$out"; do
    if ! kill -0 "$pid" 2> /dev/null; then echo "Tandem exited:" >&2; cat "$out" >&2; exit 1; fi
    sleep 0.05
  done
}

stop_tandem() {
  if [ -n "${pid:-}" ] && kill -0 "$pid" 2> /dev/null; then
    kill -TERM "$pid"; wait "$pid" || true
  fi
  pid=
}

# sign_in: the first-start administrator signs in with the one-time password, chooses a password
# and creates an API token; sets $token (Authorization: Bearer $token)
sign_in() {
  local jar=$work/cookies once page nonce csrf status
  # the one-time password is printed once its hash is made, which may be just after the ready line
  for _ in $(seq 100); do
    once=$(sed -n 's/.*with the one-time password \([^ ]*\).*/\1/p' "$out" | head -1)
    [ -n "$once" ] && break
    sleep 0.1
  done
  [ -n "$once" ] || { echo "no one-time password in the output:" >&2; cat "$out" >&2; exit 1; }
  field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" <<< "$page" | head -1; }
  page=$(curl -sf -c "$jar" -b "$jar" "$base/login")
  nonce=$(field nonce) csrf=$(field csrf)
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode name=admin \
    --data-urlencode "password=$once" --data-urlencode "nonce=$nonce" --data-urlencode "csrf=$csrf" "$base/login")
  [ "$status" = 303 ] || { echo "sign-in answered $status" >&2; exit 1; }
  page=$(curl -sf -c "$jar" -b "$jar" "$base/password")
  csrf=$(field csrf)
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "current=$once" \
    --data-urlencode "password=bench-$RANDOM-$RANDOM-password" --data-urlencode "csrf=$csrf" "$base/password")
  [ "$status" = 303 ] || { echo "choosing a password answered $status" >&2; exit 1; }
  csrf=$(curl -sf -c "$jar" -b "$jar" "$base/api/v1/session" | jq -r .csrf)
  token=$(curl -sf -c "$jar" -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"label": "benchmark"}' "$base/api/v1/tokens" | jq -r .token)
  [ -n "$token" ] && [ "$token" != null ] || { echo "no API token" >&2; exit 1; }
}

# api METHOD PATH [BODY]: the JSON API with the API token; prints the body, fails on a non-2xx answer
api() {
  send "$1" "$2" "${3:-}" -H "Authorization: Bearer $token"
}

# respond METHOD PATH [BODY]: the JSON API as a respondent (the invitation token in PATH)
respond() {
  send "$1" "$2" "${3:-}"
}

send() {
  local answer status
  answer=$(curl -s -w '\n%{http_code}' -X "$1" "${@:4}" -H 'Content-Type: application/json' \
    ${3:+--data-binary "$3"} "$base$2")
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  case $status in 2??) printf '%s\n' "$answer" ;; *) echo "$1 $2 answered $status: $answer" >&2; return 1 ;; esac
}
