# Sourced by check and race (root, in the peers root, in ./dev's private mount namespace): makes
# the fixture of RUN_DIR ($run) reachable the way any server is. The bind mounts over /etc
# vanish with the namespace; the cached root stays as it was built.
field() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$run/server.json" "$1"; }
domain=$(field domain); port=$(field port); host=$(field host)
etc=$(mktemp -d /tmp/peers-etc.XXXXXX)

# The fixture CA in the system store (OpenSSL for Qt and Python, GnuTLS for GLib read it).
cp -a /etc/ssl "$etc/ssl"; mkdir "$etc/local-ca"; cp "$run/ca.pem" "$etc/local-ca/linnet-fixture.crt"
mount --bind "$etc/ssl" /etc/ssl
mount --bind "$etc/local-ca" /usr/local/share/ca-certificates
update-ca-certificates > "$run/update-ca.log" 2>&1

# The domain on loopback, and a DNS server for it: Kaidan and Dino look up the SRV record
# _xmpp-client._tcp.DOMAIN (the fixture's port is not 5222) and wait out a missing server.
# 127.0.0.3 keeps clear of any resolver the host runs on 127.0.0.1 or 127.0.0.53.
touch /etc/hosts
{ cat /etc/hosts; printf '%s\t%s upload.%s pubsub.%s conference.%s\n' "$host" "$domain" "$domain" "$domain" "$domain"; } > "$etc/hosts"
echo "nameserver 127.0.0.3" > "$etc/resolv.conf"
mount --bind "$etc/hosts" /etc/hosts
mount --bind "$etc/resolv.conf" /etc/resolv.conf
dnsmasq --keep-in-foreground --no-resolv --bind-interfaces --listen-address=127.0.0.3 --port=53 \
    --user=nobody --group=nogroup --pid-file= --log-facility="$run/dnsmasq.log" \
    --srv-host="_xmpp-client._tcp.$domain,$domain,$port" &
dns=$!
trap 'kill "$dns" 2>/dev/null || true' EXIT

mkdir -p /tmp/.X11-unix; chmod 1777 /tmp/.X11-unix
export PYTHONDONTWRITEBYTECODE=1  # the drivers sit in the repo; no root-owned caches there
