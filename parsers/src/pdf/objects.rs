//! Small helpers over lopdf objects: dereferencing with a bound, numbers, and the
//! inheritable page attributes lopdf has no helper for.

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashSet;

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

/// Deepest page tree walked (levels); real trees are a few levels deep.
const MAX_TREE_DEPTH: usize = 256;

/// The pages of `doc` in order, walking the page tree from the catalog's `/Pages`
/// and visiting each node at most once: a node listed again (a tree that lists
/// itself or an ancestor as a child, or a page listed twice) is skipped and
/// reported, so a cyclic tree neither loops nor duplicates pages. Also returns
/// those reports, lower-case.
pub fn page_tree(doc: &Document) -> (Vec<ObjectId>, Vec<String>) {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|o| o.as_reference().ok());
    let Some(root) = root else {
        return (pages, problems);
    };
    let mut visited: HashSet<ObjectId> = HashSet::new();
    // Depth-first, in order: a stack of kid lists still to visit.
    let mut stack: Vec<(ObjectId, Vec<ObjectId>, usize)> = Vec::new();
    visited.insert(root);
    // The root is visited like any kid.
    let mut next = Some(root);
    loop {
        if let Some(id) = next.take() {
            let Ok(dict) = doc.get_dictionary(id) else {
                problems.push(format!(
                    "page tree: object {} {} is not a dictionary; skipped",
                    id.0, id.1
                ));
                continue;
            };
            let is_node = dict.get(b"Kids").is_ok() && !matches!(dict.get_type(), Ok(b"Page"));
            if !is_node {
                pages.push(id);
                continue;
            }
            if stack.len() >= MAX_TREE_DEPTH {
                problems.push(format!(
                    "page tree deeper than {MAX_TREE_DEPTH} levels at {} {}; its pages are skipped",
                    id.0, id.1
                ));
                continue;
            }
            let kids: Vec<ObjectId> = match get(doc, dict, b"Kids") {
                Some(Object::Array(a)) => a.iter().filter_map(|k| k.as_reference().ok()).collect(),
                _ => Vec::new(),
            };
            stack.push((id, kids, 0));
        }
        let Some((node, kids, at)) = stack.last_mut() else {
            break;
        };
        if *at == kids.len() {
            stack.pop();
            continue;
        }
        let kid = kids[*at];
        *at += 1;
        if visited.insert(kid) {
            next = Some(kid);
        } else {
            problems.push(format!(
                "page tree: node {} {} lists object {} {} that was already read \
                 (cycle or duplicate); skipped",
                node.0, node.1, kid.0, kid.1
            ));
        }
    }
    (pages, problems)
}
