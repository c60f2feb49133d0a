//! Characters a document cannot carry: the controls XML 1.0 forbids (U+0001, U+0008, the
//! escape U+001B ...) and U+FFFE/U+FFFF, which arrive with text pasted from PDFs and Word
//! files. The writers leave them out (`render::markdown::xml_safe`); `check` says where they
//! are, so the consultant can see what the document will not show.

use serde_json::Value;

use super::{Finding, Severity};
use crate::model::{Section, Study};
use crate::render::markdown::xml_allows;

/// One warning per text field that holds such characters, with the path of the field.
pub(super) fn control_characters(study: &Study) -> Vec<Finding> {
    let mut out = Vec::new();
    // Nearly every study has none: one pass over its strings, without building a tree of
    // it, says so; only a study that has one is walked with paths.
    if serde::Serialize::serialize(study, Detect).is_ok() {
        return out;
    }
    if let Ok(value) = serde_json::to_value(study) {
        walk(&value, String::new(), &mut out);
    }
    out
}

fn walk(value: &Value, path: String, out: &mut Vec<Finding>) {
    match value {
        Value::String(text) => {
            let mut bad: Vec<char> = text.chars().filter(|c| !xml_allows(*c)).collect();
            if bad.is_empty() {
                return;
            }
            let count = bad.len();
            bad.sort_unstable();
            bad.dedup();
            let names: Vec<String> = bad.iter().map(|c| format!("U+{:04X}", *c as u32)).collect();
            let names = names.join(", ");
            let said = if count == 1 {
                crate::phrase!(
                    "the text holds 1 control character ({names}), likely pasted from a PDF \
                     or Word file; documents leave it out: delete it or retype the text",
                    names
                )
            } else {
                crate::phrase!(
                    "the text holds {count} control characters ({names}), likely pasted from \
                     a PDF or Word file; documents leave them out: delete them or retype the text",
                    count,
                    names
                )
            };
            let section = Section::of_path(&path).unwrap_or(Section::Meta);
            out.push(Finding::new(
                Severity::Warning,
                "control-character",
                section,
                path,
                said,
            ));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // Items are found by their id, as every other finding names them.
                let key = item
                    .get("id")
                    .and_then(Value::as_str)
                    .filter(|id| !id.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string());
                walk(item, format!("{path}[{key}]"), out);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields {
                let child = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                walk(field, child, out);
            }
        }
        _ => {}
    }
}

/// A serializer that only reads the strings, and fails at the first that holds a character
/// XML forbids: `Ok` means the study has none.
#[derive(Clone, Copy)]
struct Detect;

#[derive(Debug)]
struct Found;

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a character XML forbids")
    }
}

impl std::error::Error for Found {}

impl serde::ser::Error for Found {
    fn custom<T: std::fmt::Display>(_: T) -> Found {
        // A value that cannot be serialized is walked the careful way, as before.
        Found
    }
}

/// The scalar methods of `Detect` that have nothing to look at.
macro_rules! nothing_to_read {
    ($($name:ident: $t:ty),*) => {
        $(fn $name(self, _: $t) -> Result<(), Found> { Ok(()) })*
    };
}

impl serde::Serializer for Detect {
    type Ok = ();
    type Error = Found;
    type SerializeSeq = Detect;
    type SerializeTuple = Detect;
    type SerializeTupleStruct = Detect;
    type SerializeTupleVariant = Detect;
    type SerializeMap = Detect;
    type SerializeStruct = Detect;
    type SerializeStructVariant = Detect;

    nothing_to_read!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16,
        serialize_i32: i32, serialize_i64: i64, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_f32: f32, serialize_f64: f64,
        serialize_bytes: &[u8]);

    fn serialize_char(self, c: char) -> Result<(), Found> {
        if xml_allows(c) {
            Ok(())
        } else {
            Err(Found)
        }
    }
    fn serialize_str(self, v: &str) -> Result<(), Found> {
        if v.chars().all(xml_allows) {
            Ok(())
        } else {
            Err(Found)
        }
    }
    fn serialize_none(self) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_some<T: serde::Serialize + ?Sized>(self, v: &T) -> Result<(), Found> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Found> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        v: &T,
    ) -> Result<(), Found> {
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Detect, Found> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Detect, Found> {
        Ok(self)
    }
}

/// The compound parts of `Detect`: each reads its elements or fields and nothing else.
macro_rules! detect_elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl serde::ser::$trait for Detect {
            type Ok = ();
            type Error = Found;
            fn $method<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Found> {
                v.serialize(Detect)
            }
            fn end(self) -> Result<(), Found> {
                Ok(())
            }
        }
    )*};
}
detect_elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl serde::ser::SerializeMap for Detect {
    type Ok = ();
    type Error = Found;
    // Keys are text too: a map keyed by a pasted string is reported as the walk would.
    fn serialize_key<T: serde::Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Found> {
        k.serialize(Detect)
    }
    fn serialize_value<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Found> {
        v.serialize(Detect)
    }
    fn end(self) -> Result<(), Found> {
        Ok(())
    }
}

/// Struct fields: the names are the program's, only the values are the study's text.
macro_rules! detect_fields {
    ($($trait:ident),*) => {$(
        impl serde::ser::$trait for Detect {
            type Ok = ();
            type Error = Found;
            fn serialize_field<T: serde::Serialize + ?Sized>(
                &mut self,
                _: &'static str,
                v: &T,
            ) -> Result<(), Found> {
                v.serialize(Detect)
            }
            fn end(self) -> Result<(), Found> {
                Ok(())
            }
        }
    )*};
}
detect_fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_controls_are_found_with_their_path() {
        let mut study = Study::default();
        study.cluster.history = "ok\u{1}\u{8} and\u{1b}".to_string();
        study.meta.title = "fine\ttab\nline".to_string();
        let found = control_characters(&study);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "cluster.history");
        assert_eq!(found[0].code, "control-character");
        assert!(control_characters(&Study::default()).is_empty());
        assert_eq!(found[0].section, Section::Cluster);
        assert!(
            found[0].message.contains("U+0001, U+0008, U+001B"),
            "{}",
            found[0].message
        );
    }
}
