package org.veta.engine.state;

/** Where in the policy state a value lives: the address an effect changes. */
public sealed interface Target {
  Variable variable();

  /** A stable dotted key: national.x, region.ID.x, seat.ID.x or clause.ID. */
  String key();

  /** Words for a person: "miners' mobilization in Madre de Dios". */
  String describe(Layout layout);

  /** Position of this value in a state of the given layout. */
  int offset(Layout layout);

  record National(NationalVar var) implements Target {
    @Override
    public Variable variable() {
      return var;
    }

    @Override
    public String key() {
      return var.key();
    }

    @Override
    public String describe(Layout layout) {
      return var.label();
    }

    @Override
    public int offset(Layout layout) {
      return var.ordinal();
    }
  }

  record Regional(String region, RegionVar var) implements Target {
    @Override
    public Variable variable() {
      return var;
    }

    @Override
    public String key() {
      return "region." + region + "." + var.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String describe(Layout layout) {
      return var.label() + " in " + layout.regionName(region);
    }

    @Override
    public int offset(Layout layout) {
      return layout.regionOffset(region) + var.ordinal();
    }
  }

  record OfSeat(String seat, SeatVar var) implements Target {
    @Override
    public Variable variable() {
      return var;
    }

    @Override
    public String key() {
      return "seat." + seat + "." + var.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String describe(Layout layout) {
      return var.label() + " of " + layout.seatName(seat);
    }

    @Override
    public int offset(Layout layout) {
      return layout.seatOffset(seat) + var.ordinal();
    }
  }

  record OfClause(ClauseVariable clause) implements Target {
    @Override
    public Variable variable() {
      return clause;
    }

    @Override
    public String key() {
      return clause.key();
    }

    @Override
    public String describe(Layout layout) {
      return "law clause '" + clause.label() + "'";
    }

    @Override
    public int offset(Layout layout) {
      return layout.clauseOffset(clause.id());
    }
  }
}
