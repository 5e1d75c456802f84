#!/bin/sh
#
##############################################################################
### NZBGET QUEUE/POST-PROCESSING SCRIPT                                    ###
### QUEUE EVENTS: NZB_ADDED, NZB_DELETED, NZB_MARKED

# Tells Callsheet what happens to NZBGet's jobs.
#
# Reports each job when it is added, deleted or marked, and how its
# post-processing ended, to Callsheet's /webhooks/nzbget. One attempt, at most
# about 5 seconds; a report that cannot be made never fails the job.
#
# Enable it for the categories the *arr apps use (Settings → Categories →
# Extensions) or for all jobs (Settings → Extension Scripts → Extensions).

##############################################################################
### OPTIONS                                                                ###

# Callsheet's webhook URL for this NZBGet.
#Url=http://callsheet:8080/webhooks/nzbget

# The token Callsheet logs at first start (callsheet.intake.scripts.token).
#Token=

### NZBGET QUEUE/POST-PROCESSING SCRIPT                                    ###
##############################################################################

# NZBGet logs each line under the script's name, at the level [INFO] or [WARNING] it starts with.
log() { printf '[INFO] %s\n' "$*"; }
warn() { printf '[WARNING] %s\n' "$*"; }

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

# Radarr and Sonarr keep their download id in the job parameter "drone".
drone=${NZBPR_drone:-${NZBPR_DRONE:-}}

if [ -n "${NZBNA_EVENT:-}" ]; then
    # A queue event. NZBGet ignores a queue script's exit status.
    exit_status=0
    what="$NZBNA_EVENT of job ${NZBNA_NZBID:-}"
    set -- "event=$NZBNA_EVENT" \
        "nzbid=${NZBNA_NZBID:-}" \
        "drone=$drone" \
        "name=${NZBNA_NZBNAME:-}" \
        "category=${NZBNA_CATEGORY:-}" \
        "delete_status=${NZBNA_DELETESTATUS:-}" \
        "mark_status=${NZBNA_MARKSTATUS:-}" \
        "directory=${NZBNA_DIRECTORY:-}"
else
    # Post-processing: 95 tells NZBGet the script did nothing to the files, where 94 would fail the job.
    exit_status=95
    what="post-processing of job ${NZBPP_NZBID:-} (${NZBPP_STATUS:-})"
    set -- "event=POST_PROCESSING" \
        "nzbid=${NZBPP_NZBID:-}" \
        "drone=$drone" \
        "name=${NZBPP_NZBNAME:-}" \
        "category=${NZBPP_CATEGORY:-}" \
        "status=${NZBPP_STATUS:-}" \
        "directory=${NZBPP_FINALDIR:-${NZBPP_DIRECTORY:-}}"
fi

if [ -z "${NZBPO_URL:-}" ] || [ -z "${NZBPO_TOKEN:-}" ]; then
    warn "not reporting $what: set Url and Token in Settings → CALLSHEET"
else
    report "$NZBPO_URL" "$NZBPO_TOKEN" "$what" "$@"
fi
exit $exit_status
