//! Small helpers over lopdf objects: dereferencing with a bound, numbers, and the
//! inheritable page attributes lopdf has no helper for.

use lopdf::{Dictionary, Document, Object};

/// How many references are followed in a chain before giving up (cyclic files).
const MAX_REF_CHAIN: usize = 32;

/// Follows references until a direct object; `None` for dangling or cyclic chains.
pub fn resolve<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..MAX_REF_CHAIN {
        match obj {
            Object::Reference(id) => obj = doc.get_object(*id).ok()?,
            _ => return Some(obj),
        }
    }
    None
}

/// `dict[key]`, dereferenced.
pub fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

/// `dict[key]` as a dictionary (a stream's dictionary counts).
pub fn get_dict<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    as_dict(get(doc, dict, key)?)
}

/// The dictionary of a dictionary or stream object.
pub fn as_dict(obj: &Object) -> Option<&Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A number (integer or real).
pub fn num(obj: &Object) -> Option<f32> {
    match obj {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// A name's bytes.
pub fn name(obj: &Object) -> Option<&[u8]> {
    match obj {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// An array of numbers (references inside are followed).
pub fn num_array(doc: &Document, obj: &Object) -> Option<Vec<f32>> {
    match resolve(doc, obj)? {
        Object::Array(a) => a.iter().map(|o| resolve(doc, o).and_then(num)).collect(),
        _ => None,
    }
}

/// An inheritable page attribute: looked up on the page, then its `/Parent`s.
pub fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..MAX_REF_CHAIN {
        if let Some(v) = get(doc, node, key) {
            return Some(v);
        }
        node = get_dict(doc, node, b"Parent")?;
    }
    None
}

/// A rectangle attribute (`/MediaBox`, `/CropBox`) as `[x0, y0, x1, y1]`, ordered.
pub fn rect(doc: &Document, obj: &Object) -> Option<[f32; 4]> {
    let v = num_array(doc, obj)?;
    if v.len() != 4 {
        return None;
    }
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}
