package org.veta.debrief;

/**
 * The page's style: large type and strong contrast for a projector; light, black-on-white pages
 * with page breaks before the big sections for print.
 */
final class Style {
  private Style() {}

  static final String CSS = """
      :root { --ink: #1b1b1b; --muted: #555; --line: #cfd4da; --accent: #1f5fa8; --band: #f2f4f7; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #fff; color: var(--ink); font-size: 18px; line-height: 1.45;
        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
        Arial, sans-serif; }
      main { max-width: 1240px; margin: 0 auto; padding: 20px 32px 64px; }
      h1 { font-size: 2em; color: var(--accent); margin: .3em 0 .3em; }
      h2 { font-size: 1.55em; border-bottom: 3px solid var(--accent); padding-bottom: .15em;
        margin: 1.8em 0 .6em; }
      h3 { font-size: 1.22em; margin: 1.3em 0 .4em; }
      nav.contents { font-size: .95em; margin-bottom: 1em; }
      nav.contents a { color: var(--accent); }
      table { border-collapse: collapse; width: 100%; margin: .5em 0 1.2em; font-size: .9em; }
      th, td { border: 1px solid var(--line); padding: .35em .55em; text-align: left;
        vertical-align: top; }
      th { background: var(--band); }
      tbody tr:nth-child(even) { background: #fafbfc; }
      table.facts { width: auto; } table.facts td:first-child { font-weight: 600; }
      td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.round { font-weight: 700; text-align: center; white-space: nowrap; }
      td.period, td.up, td.down, td.change { white-space: nowrap; }
      td.moves ul { list-style: none; margin: 0; padding: 0; }
      td.moves.bot { font-style: italic; color: #555; }
      table.decisions, table.scores { font-size: .8em; table-layout: fixed; }
      table.decisions td, table.decisions th, table.scores th { overflow-wrap: anywhere; }
      table.decisions th:first-child, table.scores th:first-child { width: 4.2em; }
      td.seat-id, td.stage, td.row-title { font-weight: 600; white-space: nowrap; }
      td.not-played { color: var(--muted); font-style: italic; }
      td.up { color: #2b8a3e; font-weight: 700; } td.down { color: #c8322d; font-weight: 700; }
      td.good { color: #2b8a3e; font-weight: 700; } td.bad { color: #c8322d; font-weight: 700; }
      td.verdict.same { background: #dff3e4; } td.verdict.earlier { background: #e3edfb; }
      td.verdict.later { background: #fff0d9; } td.verdict.missed { background: #fbe2df; }
      td.verdict.extra { background: #efe5f6; }
      td.study, td.played { font-weight: 600; }
      td.study ul, td.played ul { margin: 0; padding-left: 1.1em; }
      td.util { text-align: center; white-space: nowrap; }
      td.u0 { background: #f6d4cf; } td.u1 { background: #fbe1c5; } td.u2 { background: #fbf0bf; }
      td.u3 { background: #d9eecb; } td.u4 { background: #b9e0ad; }
      .note { border-left: 8px solid var(--accent); background: #e9f0fa; padding: .6em 1em;
        margin: 1em 0; font-weight: 600; }
      .note.damage { border-color: #c8322d; background: #fcebe9; }
      .note.unfinished { border-color: #d9730d; background: #fff3e3; }
      .summary { color: var(--muted); font-style: italic; }
      .way { font-size: 1.1em; font-weight: 600; }
      .briefing { background: var(--band); padding: .6em .9em; border-radius: 4px;
        white-space: pre-line; }
      .seat-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr));
        gap: 0 2em; }
      .seat { border-top: 1px solid var(--line); margin-top: 1em; font-size: .92em; }
      .seat h4 { font-size: 1.1em; margin: .8em 0 .3em; }
      ul.moments { list-style: none; margin: 0; padding: 0; }
      ul.moments li { margin: .2em 0; }
      .badge { display: inline-block; min-width: 7em; margin-right: .5em; padding: .05em .4em;
        border-radius: 3px; color: #fff; background: #555; font-size: .72em; font-weight: 700;
        text-transform: uppercase; letter-spacing: .03em; text-align: center; }
      .moment-stage .badge { background: #1f5fa8; } .moment-event .badge { background: #6b4f2a; }
      .moment-injected .badge { background: #b5178a; } .moment-election .badge { background: #7b3fa0; }
      .moment-facilitator .badge { background: #0f7a7a; } .moment-agreement .badge { background: #2b8a3e; }
      .moment-breach .badge { background: #c8322d; } .moment-people .badge { background: #666; }
      .moment-change .badge { background: #b8620b; }
      .moment-change { color: #333; }
      figure { margin: 1em 0 2em; }
      figure svg { display: block; width: 100%; height: auto; font-family: inherit; }
      figcaption { color: var(--muted); font-size: .9em; }
      details summary { cursor: pointer; font-weight: 600; margin: .5em 0; }
      footer { color: var(--muted); font-size: .85em; margin-top: 3em; border-top: 1px solid var(--line); }
      @media print {
        @page { size: A4; margin: 14mm; }
        body { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        nav.contents { display: none; }
        article.table-debrief + article.table-debrief, section.cohort + article.table-debrief,
        section.charts, section.historical-path, section.seats, section.negotiation
          { break-before: page; }
        figure, tr, .note { break-inside: avoid; }
        h2, h3 { break-after: avoid; }
        th { background: #eee; }
        tbody tr:nth-child(even) { background: none; }
        .note { background: none; }
        .badge { color: #000; background: none !important; border: 1px solid #000; }
        details > summary { display: none; }
        a { color: inherit; text-decoration: none; }
      }
      """;
}
