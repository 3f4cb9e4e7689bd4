"""The local OpenAI-protocol test server stays quiet when a client goes away mid-request: a test
that kills a build and reruns it in-process captures stderr, and a reset connection's traceback
printed there by the server thread failed `"Traceback" not in stderr` under load."""

from __future__ import annotations

import socket
import struct
import time

import pytest

from openai_server import FakeOpenAI


def _reset_mid_request(port: int) -> None:
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{")
    time.sleep(0.1)  # the server's handler is now reading the body
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()  # linger 0: a reset, as from a killed process


def test_a_client_reset_mid_request_prints_no_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with FakeOpenAI() as server:
        _reset_mid_request(server.port)
        time.sleep(0.3)  # the handler thread meets the reset
    assert "Traceback" not in capsys.readouterr().err
