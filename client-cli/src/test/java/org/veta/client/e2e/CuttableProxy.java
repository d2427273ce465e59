package org.veta.client.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a client and the server that a test can cut, as a Wi-Fi link drops: cut()
 * closes every relayed connection and refuses new ones until heal() listens again on the same
 * port.
 */
final class CuttableProxy implements AutoCloseable {
  private final int target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listening;

  CuttableProxy(int target) throws IOException {
    this.target = target;
    ServerSocket first = new ServerSocket();
    first.setReuseAddress(true);
    first.bind(new InetSocketAddress("127.0.0.1", 0));
    this.port = first.getLocalPort();
    listen(first);
  }

  int port() {
    return port;
  }

  private void listen(ServerSocket socket) {
    listening = socket;
    Thread accept = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          Socket server = new Socket("127.0.0.1", target);
          open.add(client);
          open.add(server);
          pipe(client.getInputStream(), server.getOutputStream(), client, server);
          pipe(server.getInputStream(), client.getOutputStream(), client, server);
        } catch (IOException e) {
          return; // closed by cut()
        }
      }
    }, "proxy-accept");
    accept.setDaemon(true);
    accept.start();
  }

  private static void pipe(InputStream in, OutputStream out, Socket a, Socket b) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side is gone
      }
      close(a);
      close(b);
    }, "proxy-pipe");
    t.setDaemon(true);
    t.start();
  }

  /** The link drops: every relayed connection closes and no new one is accepted. */
  void cut() throws IOException {
    listening.close();
    open.forEach(CuttableProxy::close);
    open.clear();
  }

  /** The link is back, on the same port. */
  void heal() throws IOException {
    ServerSocket again = new ServerSocket();
    again.setReuseAddress(true);
    again.bind(new InetSocketAddress("127.0.0.1", port));
    listen(again);
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
