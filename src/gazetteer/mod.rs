//! Gazetteer: locality names → official units (being built).
