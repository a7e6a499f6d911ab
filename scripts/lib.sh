# Shell functions the project's scripts share. Source it (`. "$root/scripts/lib.sh"`); it runs nothing by itself.

# The background processes a script starts: add each one's pid with `pids+=($!)`, call `stop_started_on_exit` once,
# and every one of them, with its children, is stopped when the script ends, however it ends.
pids=()

stop_started() {
    trap - INT TERM EXIT
    [ ${#pids[@]} -gt 0 ] || return 0
    echo "${0##*/}: stopping ${#pids[@]} process(es)..." >&2
    for pid in "${pids[@]}"; do
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
    done
    wait "${pids[@]}" 2>/dev/null || true
}

stop_started_on_exit() {
    trap stop_started EXIT
    trap 'exit 130' INT TERM
}

port_answers() { # port
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

service_ready() { # port: the service's readiness answers UP
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null
}

wait_until() { # description, seconds, command...: runs the command every half second until it succeeds, or fails
    local what="$1" seconds="$2"; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then
            echo "${0##*/}: $what did not happen within ${seconds}s" >&2
            return 1
        fi
        sleep 0.5
    done
}

install_venv_once() { # venv, python, pip requirements...: a project-local virtual environment, installed once
    local venv="$1" python="$2"; shift 2
    [ -f "$venv/.installed" ] && return 0
    mkdir -p "$(dirname "$venv")"
    # Two runs starting at once install once: the second waits for the first and finds it done.
    (
        flock 9
        [ -f "$venv/.installed" ] && exit 0
        echo "${0##*/}: installing $* into $venv (first use only)" >&2
        local started=$SECONDS
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@" >&2
        touch "$venv/.installed"
        echo "${0##*/}: installed in $((SECONDS - started))s" >&2
    ) 9>"$(dirname "$venv")/install.lock"
}

# The phases of a CI stage and their times: call `phase_done <name>` at the end of each phase, `phases_report` at the
# end. Started when lib.sh is sourced.
phases_started=$SECONDS
phase_started=$SECONDS
phases=()

phase_done() { # name
    phases+=("$1 $((SECONDS - phase_started))s")
    echo "${0##*/}: $1 done in $((SECONDS - phase_started))s" >&2
    phase_started=$SECONDS
}

phases_report() {
    echo "${0##*/}: ${phases[*]}; total $((SECONDS - phases_started))s" >&2
}
