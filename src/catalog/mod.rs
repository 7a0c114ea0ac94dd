//! Criteria catalog: levels, criteria, indicators, thresholds (being built).
