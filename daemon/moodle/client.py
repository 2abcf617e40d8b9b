"""Call Moodle Web Services over REST (form-encoded, JSON answers) and turn its answers into typed errors."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from typing import Any

log = logging.getLogger(__name__)


class MoodleError(Exception):
    """Moodle answered, and said no (an exception, a warning, or web services off): do not retry."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class MoodleTransportError(Exception):
    """No usable answer (network, timeout, 5xx): a read may be retried; a write must be read back first."""


def php_params(prefix: str, value: Any) -> list[tuple[str, str]]:
    """Moodle's array notation: courses[0][fullname]=..."""
    if isinstance(value, Mapping):
        return [pair for key, item in value.items() for pair in php_params(f"{prefix}[{key}]", item)]
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [pair for index, item in enumerate(value) for pair in php_params(f"{prefix}[{index}]", item)]
    if isinstance(value, bool):
        return [(prefix, "1" if value else "0")]
    return [(prefix, str(value))]


class MoodleClient:
    def __init__(self, url: str, token: str, timeout: float = 20.0, read_retries: int = 2) -> None:
        self.endpoint = url.rstrip("/") + "/webservice/rest/server.php"
        self.base_url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.read_retries = read_retries

    def _post(self, function: str, params: Mapping[str, Any]) -> Any:
        fields = [("wstoken", self.token), ("wsfunction", function), ("moodlewsrestformat", "json")]
        for key, value in params.items():
            fields += php_params(key, value)
        request = urllib.request.Request(  # noqa: S310  (the configured Moodle URL, http or https)
            self.endpoint,
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                body = response.read()
        except urllib.error.HTTPError as error:
            if error.code == 403:
                raise MoodleError(
                    "webservicesdisabled", "HTTP 403: web services are switched off on this site"
                ) from None
            if error.code >= 500:
                raise MoodleTransportError(f"{function}: HTTP {error.code}") from error
            raise MoodleError(f"http{error.code}", f"HTTP {error.code} from {self.endpoint}") from error
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            raise MoodleTransportError(f"{function}: {error}") from error
        try:
            answer = json.loads(body)
        except ValueError:
            raise MoodleError("notjson", f"{function}: the answer is not JSON: {body[:200]!r}") from None
        if isinstance(answer, dict) and "exception" in answer:
            raise MoodleError(str(answer.get("errorcode", "exception")), str(answer.get("message", "")))
        if isinstance(answer, dict) and answer.get("warnings"):
            first = answer["warnings"][0]
            raise MoodleError(str(first.get("warningcode", "warning")), str(first.get("message", "")))
        return answer

    def read(self, function: str, **params: Any) -> Any:
        """A call that changes nothing: retried on transport errors."""
        for attempt in range(self.read_retries + 1):
            try:
                return self._post(function, params)
            except MoodleTransportError:
                if attempt == self.read_retries:
                    raise
                log.warning("moodle %s: transport error, retrying", function)
        raise AssertionError("unreachable")

    def write(self, function: str, **params: Any) -> Any:
        """A call that changes Moodle: never retried here (the caller reads back first)."""
        return self._post(function, params)

    def site_info(self) -> dict[str, Any]:
        return dict(self.read("core_webservice_get_site_info"))

    def courses_by_field(self, field: str, value: str | int) -> list[dict[str, Any]]:
        return list(self.read("core_course_get_courses_by_field", field=field, value=value)["courses"])

    def course(self, course_id: int) -> dict[str, Any]:
        """One course by id; Moodle answers an unknown id with an empty list, which is an error here."""
        found = self.courses_by_field("id", course_id)
        if not found:
            raise MoodleError("invalidrecordunknown", f"course id {course_id} not found")
        return found[0]

    def update_course(self, course_id: int, changes: Mapping[str, Any]) -> None:
        self.write("core_course_update_courses", courses=[{"id": course_id, **changes}])

    def forums(self, course_id: int) -> list[dict[str, Any]]:
        return list(self.read("mod_forum_get_forums_by_courses", courseids=[course_id]))

    def add_discussion(self, forum_id: int, subject: str, message: str) -> int:
        answer = self.write(
            "mod_forum_add_discussion",
            forumid=forum_id,
            subject=subject,
            message=message,
            options=[{"name": "discussionsubscribe", "value": 1}],
        )
        return int(answer["discussionid"])

    def discussions(self, forum_id: int) -> list[dict[str, Any]]:
        return list(self.read("mod_forum_get_forum_discussions", forumid=forum_id)["discussions"])

    def course_url(self, course_id: int) -> str:
        return f"{self.base_url}/course/view.php?id={course_id}"

    def discussion_url(self, discussion_id: int) -> str:
        return f"{self.base_url}/mod/forum/discuss.php?d={discussion_id}"
