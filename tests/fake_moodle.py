"""A small real HTTP server on loopback that answers as a real Moodle 5.0.6 does (its REST API, as recorded)."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

TOKEN = "fake-moodle-token-0123456789abcdef"
FUNCTIONS = (
    "core_webservice_get_site_info",
    "core_course_create_courses",
    "core_course_update_courses",
    "core_course_get_courses_by_field",
    "core_course_delete_courses",
    "mod_forum_get_forums_by_courses",
    "mod_forum_get_forum_discussions",
    "mod_forum_add_discussion",
)


def _unflatten(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """courses[0][fullname]=x -> {"courses": {"0": {"fullname": "x"}}}"""
    result: dict[str, Any] = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+", key)
        node = result
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return result


@dataclass
class MoodleState:
    courses: dict[int, dict[str, Any]] = field(default_factory=dict)
    forums: dict[int, dict[str, Any]] = field(default_factory=dict)
    discussions: dict[int, dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    webservices_enabled: bool = True
    fail_next_update_with_warning: bool = False

    def add_course(self, course_id: int, shortname: str, fullname: str, idnumber: str = "", summary: str = "") -> None:
        self.courses[course_id] = {
            "id": course_id,
            "fullname": fullname,
            "displayname": fullname,
            "shortname": shortname,
            "categoryid": 1,
            "categoryname": "Category 1",
            "summary": summary,
            "summaryformat": 1,
            "idnumber": idnumber,
            "format": "topics",
            "startdate": 1795392000,
            "enddate": 1826928000,
            "visible": 1,
        }
        forum_id = 100 + course_id
        self.forums[forum_id] = {
            "id": forum_id,
            "course": course_id,
            "type": "news",
            "name": "Announcements",
            "cmid": forum_id,
            "numdiscussions": 0,
            "cancreatediscussions": True,
        }
        self.forums[forum_id + 1000] = {
            "id": forum_id + 1000,
            "course": course_id,
            "type": "general",
            "name": "Diskusi",
            "cmid": forum_id + 1000,
        }


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        pairs = parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True)
        state = self.server.state
        if not state.webservices_enabled:
            self._send(403, b"", "text/html; charset=utf-8")
            return
        params = _unflatten(pairs)
        function = params.get("wsfunction", "")
        state.calls.append((function, params))
        if params.get("moodlewsrestformat") != "json":
            self._send(
                200,
                b'<?xml version="1.0" encoding="UTF-8" ?>\n<EXCEPTION class="dml_missing_record_exception">'
                b"<ERRORCODE>invalidrecordunknown</ERRORCODE><MESSAGE>Can't find data record in database."
                b"</MESSAGE></EXCEPTION>",
                "application/xml",
            )
            return
        if params.get("wstoken") != TOKEN:
            answer: Any = {
                "exception": "core\\exception\\moodle_exception",
                "errorcode": "invalidtoken",
                "message": "Invalid token - token not found",
            }
        elif function not in FUNCTIONS:
            answer = {
                "exception": "webservice_access_exception",
                "errorcode": "accessexception",
                "message": "Access control exception",
            }
        else:
            answer = getattr(self, "_" + function)(state, params)
        self._send(200, json.dumps(answer).encode())

    def _core_webservice_get_site_info(self, state: MoodleState, params: dict[str, Any]) -> Any:
        return {
            "sitename": "Moodle Peer",
            "username": "admin",
            "fullname": "Admin User",
            "userid": 2,
            "siteurl": self.server.url,
            "release": "5.0.6+ (Build: 20260403)",
            "version": "2025041406.11",
            "functions": [{"name": name, "version": "2025041406.11"} for name in FUNCTIONS],
            "siteid": 1,
        }

    def _core_course_get_courses_by_field(self, state: MoodleState, params: dict[str, Any]) -> Any:
        field_name, value = params.get("field"), params.get("value", "")
        if field_name not in ("id", "ids", "shortname", "idnumber", "category", "sectionid"):
            return {
                "exception": "core\\exception\\invalid_parameter_exception",
                "errorcode": "invalidparameter",
                "message": "Invalid parameter value detected",
            }
        found = [course for course in state.courses.values() if str(course.get(field_name)) == value]
        return {"courses": found, "warnings": []}

    def _core_course_update_courses(self, state: MoodleState, params: dict[str, Any]) -> Any:
        warnings = []
        for item in params.get("courses", {}).values():
            course_id = int(item["id"])
            if course_id not in state.courses or state.fail_next_update_with_warning:
                state.fail_next_update_with_warning = False
                warnings.append(
                    {
                        "item": "course",
                        "itemid": course_id,
                        "warningcode": "invalidrecordunknown",
                        "message": "Can't find data record in database.",
                    }
                )
                continue
            for key in ("fullname", "shortname", "summary", "idnumber", "visible"):
                if key in item:
                    state.courses[course_id][key] = item[key]
        return {"warnings": warnings}

    def _mod_forum_get_forums_by_courses(self, state: MoodleState, params: dict[str, Any]) -> Any:
        wanted = {int(value) for value in params.get("courseids", {}).values()}
        return [forum for forum in state.forums.values() if forum["course"] in wanted]

    def _mod_forum_add_discussion(self, state: MoodleState, params: dict[str, Any]) -> Any:
        if "message" not in params or "subject" not in params:
            return {
                "exception": "core\\exception\\invalid_parameter_exception",
                "errorcode": "invalidparameter",
                "message": "Invalid parameter value detected",
            }
        forum_id = int(params.get("forumid", 0))
        if forum_id not in state.forums:
            return {
                "exception": "dml_missing_record_exception",
                "errorcode": "invalidrecordunknown",
                "message": "Can't find data record in database.",
            }
        discussion_id = len(state.discussions) + 2
        state.discussions[discussion_id] = {
            "id": discussion_id,
            "discussion": discussion_id,
            "forum": forum_id,
            "name": params["subject"],
            "subject": params["subject"],
            "message": params["message"],
            "messageformat": 1,
        }
        return {"discussionid": discussion_id, "warnings": []}

    def _mod_forum_get_forum_discussions(self, state: MoodleState, params: dict[str, Any]) -> Any:
        forum_id = int(params.get("forumid", 0))
        return {"discussions": [d for d in state.discussions.values() if d["forum"] == forum_id], "warnings": []}


class _Server(ThreadingHTTPServer):
    state: MoodleState
    url: str


def start_fake_moodle() -> tuple[_Server, MoodleState]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = MoodleState()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.state
