//! Geometry shared by the readers that have it (PDF).
//!
//! Coordinates are PDF points in an *upright page space* with a top-left origin:
//! `x` grows to the right and `top` grows downward, as in pdfplumber. Readers
//! convert from their native space once, at the boundary, so that everything
//! downstream (tables, debug drawings) speaks one convention.

/// An axis-aligned box in upright page space (points, top-left origin).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct BBox {
    /// Left edge.
    pub x0: f32,
    /// Top edge (distance from the top of the page).
    pub top: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge (distance from the top of the page).
    pub bottom: f32,
}

impl BBox {
    /// A box from its four sides; swapped sides are put in order.
    pub fn new(x0: f32, top: f32, x1: f32, bottom: f32) -> Self {
        BBox {
            x0: x0.min(x1),
            top: top.min(bottom),
            x1: x0.max(x1),
            bottom: top.max(bottom),
        }
    }

    /// Width in points.
    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    /// Height in points.
    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }

    /// The smallest box holding both.
    pub fn union(&self, other: &BBox) -> BBox {
        BBox {
            x0: self.x0.min(other.x0),
            top: self.top.min(other.top),
            x1: self.x1.max(other.x1),
            bottom: self.bottom.max(other.bottom),
        }
    }
}
