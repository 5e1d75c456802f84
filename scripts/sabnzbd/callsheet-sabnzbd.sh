#!/bin/sh
# Tells Callsheet how a SABnzbd job ended: SABnzbd runs this as the job's post-processing script.
#
# Put it in SABnzbd's script folder (Config → Folders → Scripts Folder), make it executable, and
# choose it as the Script of the categories the *arr apps use (Config → Categories). A job runs one
# post-processing script only: if one is set already, call this one from it with the same
# arguments and environment.
#
# Callsheet's URL and token are read from callsheet.conf beside this script (or the file named by
# $CALLSHEET_CONF); SABnzbd lists only executable files as scripts, so the file does not show up:
#   url=http://callsheet:8080/webhooks/sabnzbd
#   token=<callsheet.intake.scripts.token>
#
# SABnzbd marks a job failed when its script exits other than 0, and waits for it: one attempt, at
# most about 5 seconds, one line (SABnzbd shows the last in the job's history), exit status 0.
#
# Arguments from SABnzbd: 1 final folder, 2 NZB file name, 3 job name, 4 (empty), 5 category,
# 6 newsgroup, 7 post-processing status (0 OK, 1 verification failed, 2 unpacking failed, 3 both,
# -1 download failed), 8 failure URL. SAB_NZO_ID is the id the *arr apps know the job by.

log() { printf 'Callsheet: %s\n' "$*"; }
warn() { log "$@"; }

# report URL TOKEN WHAT NAME=VALUE...: posts the fields as a form with the token as Bearer credential.
report() {
    url=$1 token=$2 what=$3
    shift 3
    if command -v curl >/dev/null 2>&1; then
        n=$#
        while [ "$n" -gt 0 ]; do
            set -- "$@" --data-urlencode "$1"
            shift
            n=$((n - 1))
        done
        # The header goes to curl on stdin, in curl's config syntax, with \ and " escaped.
        header=$(printf '%s' "$token" | sed 's/[\\"]/\\&/g')
        answer=$(printf 'header = "Authorization: Bearer %s"\n' "$header" |
            curl -sS --connect-timeout 3 --max-time 5 --config - -w '\n%{http_code}' "$@" "$url" 2>&1)
        code=$(printf '%s\n' "$answer" | tail -n 1)
        detail=$(printf '%s\n' "$answer" | sed '$d' | tr '\n' ' ' | cut -c 1-300 | sed 's/ *$//')
        case $code in
        2??) log "reported $what" ;;
        000) warn "could not report $what to $url: $detail" ;;
        *) warn "Callsheet refused $what with HTTP $code: $detail" ;;
        esac
    elif command -v wget >/dev/null 2>&1; then
        body=
        for field do
            body="$body${body:+&}${field%%=*}=$(printf '%s' "${field#*=}" | od -An -v -tx1 | tr -d ' \n' | sed 's/../%&/g')"
        done
        # GNU wget reads its config file twice, so the header goes through a private temporary file.
        config=$(mktemp) || { warn "could not report $what: mktemp failed"; return; }
        printf 'header = Authorization: Bearer %s\n' "$token" >"$config"
        wget -q -O /dev/null --config="$config" --tries=1 --dns-timeout=3 --connect-timeout=3 --read-timeout=5 \
            --post-data="$body" "$url"
        status=$?
        rm -f "$config"
        case $status in
        0) log "reported $what" ;;
        8) warn "Callsheet refused $what; its log says why" ;;
        *) warn "could not report $what to $url: wget exit status $status" ;;
        esac
    else
        warn "could not report $what: neither curl nor wget is installed"
    fi
}

conf=${CALLSHEET_CONF:-$(dirname "$0")/callsheet.conf}
setting() { tr -d '\r' <"$conf" | sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$/\1/p" | tail -n 1; }

what="job ${SAB_NZO_ID:-} (status ${7:-})"

if [ ! -r "$conf" ]; then
    warn "not reporting $what: cannot read $conf"
elif [ -z "$(setting url)" ] || [ -z "$(setting token)" ]; then
    warn "not reporting $what: $conf needs url= and token="
else
    report "$(setting url)" "$(setting token)" "$what" \
        "nzo_id=${SAB_NZO_ID:-}" \
        "status=${7:-}" \
        "fail_msg=${SAB_FAIL_MSG:-}" \
        "name=${3:-}" \
        "category=${5:-}" \
        "bytes=${SAB_BYTES:-}" \
        "directory=${1:-}" \
        "nzb_name=${2:-}"
fi
exit 0
