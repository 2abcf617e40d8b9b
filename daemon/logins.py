"""Log in to the IMAP and SMTP servers with a password or with an OAuth2 access token (SASL XOAUTH2)."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from pydantic import SecretStr

from daemon.oauth2 import AccessToken, AccessTokens


@dataclass(frozen=True)
class PasswordLogin:
    password: SecretStr

    def describe(self) -> str:
        return "password"


@dataclass(frozen=True)
class OAuth2Login:
    tokens: AccessTokens

    def describe(self) -> str:
        token = self.tokens.current()
        return f"OAuth2 (XOAUTH2), access token valid until {token.expires_at.strftime('%Y-%m-%d %H:%M:%S UTC')}"


Login = PasswordLogin | OAuth2Login
_FRESH_REFUSED = (
    "(refused with a freshly issued access token too: check the username, oauth2_scope, and that {protocol} "
    "is enabled for the mailbox)"
)


def xoauth2_string(username: str, token: AccessToken) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Google and Microsoft define it."""
    return f"user={username}\x01auth=Bearer {token.value.get_secret_value()}\x01\x01"


def imap_login(client: IMAPClient, username: str, login: Login) -> AccessToken | None:
    """Log in; with OAuth2 a refused token is refreshed and tried once more. The token used, for OAuth2."""
    if isinstance(login, PasswordLogin):
        client.login(username, login.password.get_secret_value())
        return None
    token = login.tokens.current()
    try:
        client.oauth2_login(username, token.value.get_secret_value())
    except LoginError:
        token = login.tokens.refreshed(token)
        try:
            client.oauth2_login(username, token.value.get_secret_value())
        except LoginError as error:
            raise LoginError(f"{error} {_FRESH_REFUSED.format(protocol='IMAP')}") from None
    return token


def smtp_reply_text(error: smtplib.SMTPResponseException) -> str:
    reply = error.smtp_error
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


class _XOAuth2:
    """smtplib's authobject: the initial response, then an empty line after the server's error challenge."""

    def __init__(self, username: str, token: AccessToken) -> None:
        self.text = xoauth2_string(username, token)
        self.sent = False

    def __call__(self, challenge: bytes | None = None) -> str:
        if self.sent:
            return ""  # RFC 7628: the client answers the error challenge with an empty response
        self.sent = True
        return self.text


def smtp_login(client: smtplib.SMTP, username: str, login: Login) -> AccessToken | None:
    """AUTH with a password, or AUTH XOAUTH2 with one fresh try after a refused token."""
    if isinstance(login, PasswordLogin):
        client.login(username, login.password.get_secret_value())
        return None
    client.ehlo_or_helo_if_needed()
    token = login.tokens.current()
    try:
        client.auth("XOAUTH2", _XOAuth2(username, token))
    except smtplib.SMTPAuthenticationError:
        token = login.tokens.refreshed(token)
        try:
            client.auth("XOAUTH2", _XOAuth2(username, token))
        except smtplib.SMTPAuthenticationError as error:
            said = smtp_reply_text(error)
            raise smtplib.SMTPAuthenticationError(
                error.smtp_code, f"{said} {_FRESH_REFUSED.format(protocol='SMTP AUTH')}".strip()
            ) from None
    return token
