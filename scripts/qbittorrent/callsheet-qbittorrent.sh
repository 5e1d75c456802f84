#!/bin/sh
# Tells Callsheet that qBittorrent added or finished a torrent.
#
# qBittorrent → Tools → Options → Downloads → "Run external program", with this script's absolute path:
#   Run on torrent added:
#     /opt/callsheet/callsheet-qbittorrent.sh event=added "hash=%I" "name=%N" "category=%L" "tags=%G" "size=%Z" "save_path=%D" "content_path=%F"
#   Run on torrent finished:
#     /opt/callsheet/callsheet-qbittorrent.sh event=finished "hash=%I" "name=%N" "category=%L" "tags=%G" "size=%Z" "save_path=%D" "content_path=%F"
#
# Every argument is one form field, name=value, in any order. Positional arguments would not do:
# qBittorrent starts the program without a shell and, depending on its version, fills in the
# placeholders before splitting the line, so an empty value ("%L" of a torrent without category)
# would vanish and shift every argument after it. Quote each whole argument: names hold spaces.
#
# Callsheet's URL and token are read from callsheet.conf beside this script (or the file named by
# $CALLSHEET_CONF), so that the token is in neither qBittorrent's settings nor the process list:
#   url=http://callsheet:8080/webhooks/qbittorrent
#   token=<callsheet.intake.scripts.token>
#
# qBittorrent waits for nothing, but a report must never hold anything up: one attempt, at most
# about 5 seconds, one line on stderr, and exit status 0 whatever happened.

log() { printf 'Callsheet: %s\n' "$*" >&2; }
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

event= hash=
for field do
    case $field in
    event=*) event=${field#event=} ;;
    hash=*) hash=${field#hash=} ;;
    esac
done
what="torrent $event $hash"

if [ ! -r "$conf" ]; then
    warn "not reporting $what: cannot read $conf"
elif [ -z "$(setting url)" ] || [ -z "$(setting token)" ]; then
    warn "not reporting $what: $conf needs url= and token="
else
    url=$(setting url)
    token=$(setting token)
    n=$#
    while [ "$n" -gt 0 ]; do
        case $1 in
        [a-z]*=*) set -- "$@" "$1" ;;
        *) warn "ignoring argument '$1': each argument must be name=value" ;;
        esac
        shift
        n=$((n - 1))
    done
    report "$url" "$token" "$what" "$@"
fi
exit 0
