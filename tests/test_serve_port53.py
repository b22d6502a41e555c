"""`bilat serve` on a port another process listens on, or on a host this machine does not have: one line, no
"serving at" banner first (before: the banner, then uvicorn's own bind error)."""

import socket

from click.testing import CliRunner

from bilat.cli import main


def _busy_port() -> tuple[socket.socket, int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock, sock.getsockname()[1]


def test_a_port_in_use_is_one_line_and_no_banner(tmp_path):
    db = tmp_path / "s.db"
    sock, port = _busy_port()
    try:
        result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port)])
    finally:
        sock.close()
    assert result.exit_code != 0
    assert "serving" not in result.output
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_an_unknown_host_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--host", "no-such-host.invalid",
                                       "--port", "8799"])
    assert result.exit_code != 0
    assert "cannot listen on no-such-host.invalid:8799" in result.output and "serving" not in result.output
