package org.veta.client;

import picocli.CommandLine.TypeConversionException;

/** HOST:PORT as people type it; [::1]:7777 for IPv6. */
record ServerAddress(String host, int port) {
  static ServerAddress parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new TypeConversionException("expected HOST:PORT, e.g. 192.168.1.20:7777, but got \"" + text + "\"");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) {
      throw new TypeConversionException("the port in \"" + text + "\" must be a number from 1 to 65535");
    }
    return new ServerAddress(host, port);
  }
}
