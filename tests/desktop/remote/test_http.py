"""ApiClient against the real central API process (and a few answers it never gives)."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.remote.http import (
    ApiClient,
    ApiError,
    BadResponseError,
    InsecureServerError,
    InvalidServerUrlError,
    NetworkError,
    TlsError,
    normalise_base_url,
)
from tests.desktop.remote.odd_server import odd_server
from tests.fixtures.central_api_server import RunningServer, StartCentralApi


class StaticToken:
    """A token source holding one token (refresh gives a fixed one)."""

    def __init__(self, token: str, fresh: str = "") -> None:
        self.token, self.fresh, self.refreshes = token, fresh, 0

    def access_token(self) -> str | None:
        return self.token

    def refresh_access_token(self, stale: str | None) -> str:
        self.refreshes += 1
        self.token = self.fresh
        return self.token


def test_health_without_a_token(demo_server: RunningServer) -> None:
    answer = ApiClient(demo_server.url).get_json("/health")
    assert answer.status == 200 and answer.data["status"] == "ok"


def test_bad_credentials_become_an_api_error(demo_server: RunningServer) -> None:
    client = ApiClient(demo_server.url)
    with pytest.raises(ApiError) as caught:
        client.post_json("/auth/token", {"username": "orderer", "password": "wrong"})
    assert caught.value.status == 401
    assert caught.value.code == "bad_credentials"
    assert caught.value.message


def test_validation_error_names_the_field(demo_server: RunningServer) -> None:
    with pytest.raises(ApiError) as caught:
        ApiClient(demo_server.url).post_json("/auth/token", {"username": "orderer"})
    assert caught.value.status in (400, 422)
    assert caught.value.code == "validation_error"


def test_etag_gives_304_with_no_data(demo_server: RunningServer) -> None:
    client = ApiClient(demo_server.url, StaticToken(demo_server.token("orderer")))
    first = client.get_json("/units")
    assert first.status == 200 and first.etag
    assert any(u["id"] == "u-skola-norr" for u in first.data["items"])
    again = client.get_json("/units", etag=first.etag)
    assert again.status == 304 and again.not_modified and again.data is None
    other = client.get_json("/units", etag='"something-else"')
    assert other.status == 200


def test_invalid_token_is_refused_without_refreshing(demo_server: RunningServer) -> None:
    source = StaticToken("not-a-real-token")
    with pytest.raises(ApiError) as caught:
        ApiClient(demo_server.url, source).get_json("/me")
    assert caught.value.status == 401 and caught.value.code == "token_invalid"
    assert source.refreshes == 0


def test_unknown_path_is_not_found(demo_server: RunningServer) -> None:
    client = ApiClient(demo_server.url, StaticToken(demo_server.token("orderer")))
    with pytest.raises(ApiError) as caught:
        client.get_json("/no-such-thing")
    assert caught.value.status == 404


def test_expired_token_is_refreshed_once_and_the_call_retried(
    start_central_api: StartCentralApi,
) -> None:
    server = start_central_api(access_token_ttl=1)
    stale = server.token("orderer")
    source = StaticToken(stale, fresh="")
    time.sleep(1.5)
    source.fresh = server.token("orderer")
    answer = ApiClient(server.url, source).get_json("/me")
    assert answer.data["username"] == "orderer"
    assert source.refreshes == 1


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()


def test_a_server_that_does_not_answer_times_out(silent_port: int) -> None:
    client = ApiClient(f"http://127.0.0.1:{silent_port}", timeout=(0.5, 0.5))
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        client.get_json("/health")
    assert caught.value.code == "network_unavailable"
    assert time.monotonic() - started < 5


def test_a_closed_port_is_network_unavailable() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(NetworkError):
        ApiClient(f"http://127.0.0.1:{port}", timeout=(1, 1)).get_json("/health")


@pytest.mark.parametrize(
    "url",
    ["http://example.com", "http://10.0.0.5:8765", "http://avrop.ekby.se/", "http://127.example"],
)
def test_plain_http_off_this_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureServerError) as caught:
        ApiClient(url)
    assert caught.value.code == "insecure_server"


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://localhost:1/", "http://[::1]:80", "https://x.example"]
)
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert ApiClient(url).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["", "avrop.ekby.se", "ftp://x.example", "https://u:p@x.example", "https://x:99999"]
)
def test_not_a_server_url(url: str) -> None:
    with pytest.raises(InvalidServerUrlError) as caught:
        normalise_base_url(url)
    assert caught.value.code == "invalid_server_url"


def test_answers_outside_the_contract() -> None:
    answers = {
        "/text": (200, {"Content-Type": "text/plain"}, b"hello"),
        "/crash": (500, {"Content-Type": "text/html"}, b"<h1>oops</h1>"),
        "/move": (302, {"Location": "http://example.com/"}, b""),
        "/doc": (200, {"Content-Type": "application/xml", "ETag": '"d1"'}, b"<Order/>"),
    }
    with odd_server(answers) as url:
        client = ApiClient(url)
        with pytest.raises(BadResponseError) as not_json:
            client.get_json("/text")
        assert not_json.value.code == "bad_response"
        with pytest.raises(ApiError) as crash:
            client.get_json("/crash")
        assert (crash.value.status, crash.value.code) == (500, "server_error")
        with pytest.raises(ApiError) as moved:
            client.get_json("/move")  # never followed: it could leave TLS
        assert moved.value.status == 302
        doc = client.get_bytes("/doc")
        assert (doc.status, doc.content, doc.etag) == (200, b"<Order/>", '"d1"')


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    crypto = pytest.importorskip("cryptography")
    del crypto
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_an_untrusted_certificate_is_refused(tmp_path: Path) -> None:
    cert_file, key_file = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(4096)
                    tls.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 15\r\n\r\n{"status":"ok"}')
            except (ssl.SSLError, OSError):
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with pytest.raises(TlsError) as caught:
            ApiClient(f"https://localhost:{port}", timeout=(2, 2)).get_json("/health")
        assert caught.value.code == "tls_error"
        # Trusted when the settings name its certificate as the CA bundle.
        trusted = ApiClient(f"https://localhost:{port}", timeout=(2, 2), ca_bundle=str(cert_file))
        assert trusted.get_json("/health").data == {"status": "ok"}
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@pytest.fixture
def resets_first_request() -> Iterator[tuple[str, list[int]]]:
    """A server whose first connection is reset once the request arrives (what a server
    closing an idle kept-alive connection as it is reused looks like to the client); the
    next connections are answered. Yields its URL and the count of requests it read."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    read: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                read.append(1)
                if len(read) == 1:  # reset: RST instead of an answer
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    continue
                body = b'{"status": "ok"}'
                head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                conn.sendall(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", read
    listener.shutdown(socket.SHUT_RDWR)  # wakes the accept
    listener.close()
    thread.join(5)


def test_a_read_whose_connection_is_reset_is_asked_again(
    resets_first_request: tuple[str, list[int]],
) -> None:
    url, read = resets_first_request
    answer = ApiClient(url, timeout=(2, 2)).get_json("/health")
    assert answer.status == 200 and answer.data == {"status": "ok"}
    assert len(read) == 2


def test_a_write_whose_connection_is_reset_is_not_sent_again(
    resets_first_request: tuple[str, list[int]],
) -> None:
    """A POST may have been acted on: the outbox decides (its key makes a repeat safe)."""
    url, read = resets_first_request
    with pytest.raises(NetworkError):
        ApiClient(url, timeout=(2, 2)).post_json("/orders", {})
    assert len(read) == 1
