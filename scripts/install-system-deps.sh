#!/bin/sh
# Installs the real servers the test suite starts on loopback (Dovecot, PostgreSQL) and the
# system user that owns their mail. Idempotent; needs root (CI and the dev machines run as root).
set -eu
missing=""
command -v dovecot >/dev/null 2>&1 || missing="$missing dovecot-imapd"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
# The tests also use systemd-analyze (unit exposure score), pgrep (killing a server's clients) and runuser.
command -v systemd-analyze >/dev/null 2>&1 || missing="$missing systemd"
command -v pgrep >/dev/null 2>&1 || missing="$missing procps"
command -v runuser >/dev/null 2>&1 || missing="$missing util-linux"
# The LED report's PDF is LibreOffice's conversion of the DOCX; its test reads the PDF back with poppler.
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-writer-nogui"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "install-system-deps: need root to install:$missing" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ "$(id -u)" = 0 ]; then
    id vmail >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin vmail
    id dovenull >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin dovenull
fi
echo "system dependencies present: dovecot $(dovecot --version | cut -d' ' -f1), postgresql $(ls /usr/lib/postgresql | tail -1)"
