package org.veta.client.render;

/**
 * The few symbols the client draws. Workshop machines include old Windows consoles and
 * terminals not set to UTF-8, where arrows turn into question marks: those get ASCII.
 */
public record Glyphs(String up, String down, String same, String rule, String arrow, String ellipsis) {
  public static final Glyphs UNICODE = new Glyphs("↑", "↓", "=", "─", "→", "…");
  public static final Glyphs ASCII = new Glyphs("^", "v", "=", "-", "->", "...");

  public static Glyphs forEncoding(String charsetName) {
    return charsetName != null && charsetName.toUpperCase(java.util.Locale.ROOT).replace("-", "").equals("UTF8")
        ? UNICODE : ASCII;
  }
}
