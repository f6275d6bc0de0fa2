//! Tests of the output pipeline on the real catalog: JSON as serde writes
//! it, streamed tables as comfy-table draws them, `--json` keys in order.

use super::*;
use crate::catalog::load;
use crate::render::family::FamilyRecord;

fn output(format: Format, pretty: bool, fields: Option<&[&str]>) -> Output {
    Output {
        format,
        fields: fields.map(|f| f.iter().map(|s| s.to_string()).collect()),
        columns: Vec::new(),
        columns_given: false,
        pretty,
        keep: Vec::new(),
    }
}

/// The emitter writes JSON byte for byte as serde_json writes the
/// array of family objects (what `list --json` printed before it):
/// compact from build-time text or serialized now, pretty, and lines.
#[test]
fn json_is_serde_jsons_array_of_family_objects() {
    let cfg = Config::for_tests(false, false);
    let cat = load::embedded();
    let records = |prerendered: bool| -> Vec<FamilyRecord> {
        cat.models
            .iter()
            .enumerate()
            .map(|(i, f)| FamilyRecord {
                compact: if prerendered {
                    load::embedded_family_json(i)
                } else {
                    None
                },
                ..FamilyRecord::whole(&cat, f, cfg.lang)
            })
            .collect()
    };
    let objects: Vec<_> = cat
        .models
        .iter()
        .map(|f| json::family(&cat, f, None))
        .collect();
    assert!(objects.len() > 300);
    for pretty in [false, true] {
        let mut expected = Vec::new();
        write_json_value(&mut expected, &objects, pretty).expect("serde");
        for prerendered in [false, true] {
            let mut got = Vec::new();
            let out = output(Format::Json, pretty, None);
            let n = emit(
                &mut got,
                &records(prerendered),
                &out,
                &cfg,
                &Layout::default(),
            )
            .expect("emit");
            assert_eq!(n.printed, objects.len());
            assert!(
                got == expected,
                "pretty {pretty}, prerendered {prerendered}"
            );
        }
    }
    let mut got = Vec::new();
    emit(
        &mut got,
        &records(true),
        &output(Format::Jsonl, true, None),
        &cfg,
        &Layout::default(),
    )
    .expect("emit");
    let mut expected = Vec::new();
    for o in &objects {
        write_json_value(&mut expected, o, false).expect("serde");
    }
    assert!(got == expected, "jsonl");
}

/// The streamed plain table (cells appended into one buffer by
/// `Record::write_cell`) prints what comfy-table prints from the cells
/// `Record::cell` gives: every family of the catalog in every column,
/// with the headers and cells of each language, and a footer.
#[test]
fn streamed_tables_are_comfy_tables_byte_for_byte() {
    let cat = load::embedded();
    let columns: Vec<String> = crate::render::family::COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect();
    for lang in [Lang::En, Lang::Ja, Lang::Fr] {
        let mut cfg = Config::for_tests(false, false);
        cfg.lang = lang;
        let records: Vec<FamilyRecord> = cat
            .models
            .iter()
            .map(|f| FamilyRecord::whole(&cat, f, lang))
            .collect();
        let out = Output {
            columns: columns.clone(),
            ..output(Format::Table, false, None)
        };
        let layout = Layout {
            footer: Some("366 families".into()),
            ..Layout::default()
        };
        let header: Vec<String> = columns
            .iter()
            .map(|c| i18n::header(lang, c).to_string())
            .collect();
        // Cells wider than table::PAD_LIMIT stick out of their column
        // (comfy-table pads every row to them): rows without one.
        let records: Vec<FamilyRecord> = records
            .into_iter()
            .filter(|r| {
                columns.iter().all(|c| {
                    r.cell(c)
                        .lines()
                        .all(|l| unicode_width::UnicodeWidthStr::width(l) <= table::PAD_LIMIT)
                })
            })
            .collect();
        let mut got = Vec::new();
        emit(&mut got, &records, &out, &cfg, &layout).expect("emit");
        let rows: Vec<Vec<String>> = records
            .iter()
            .map(|r| columns.iter().map(|c| r.cell(c)).collect())
            .collect();
        assert!(rows.len() > 30, "{lang:?}: {}", rows.len());
        assert!(rows.iter().flatten().any(|c| c.contains('\n')));
        let expected = table::comfy::grid(&header, &rows) + "366 families\n";
        assert!(
            String::from_utf8_lossy(&got) == expected,
            "{lang:?}: the streamed table differs"
        );
    }
}

/// `--json` keys come in the order asked, in compact and pretty JSON.
#[test]
fn picked_keys_keep_the_order_asked() {
    let cfg = Config::for_tests(false, false);
    let cat = load::embedded();
    let Some(f) = cat.models.iter().find(|f| &*f.id == "swallow-70b") else {
        panic!("swallow-70b is in the list");
    };
    let records = [FamilyRecord::whole(&cat, f, cfg.lang)];
    let fields: &[&str] = &["year", "name", "id", "params"];
    let mut got = Vec::new();
    let layout = Layout {
        one: true,
        ..Layout::default()
    };
    emit(
        &mut got,
        &records,
        &output(Format::Json, false, Some(fields)),
        &cfg,
        &layout,
    )
    .expect("emit");
    assert_eq!(
        String::from_utf8_lossy(&got),
        "{\"year\":2023,\"name\":\"Swallow 70B\",\"id\":\"swallow-70b\",\"params\":70000000000}\n"
    );
    let mut got = Vec::new();
    emit(
        &mut got,
        &records,
        &output(Format::Json, true, Some(&fields[..2])),
        &cfg,
        &Layout::default(),
    )
    .expect("emit");
    assert_eq!(
        String::from_utf8_lossy(&got),
        "[\n  {\n    \"year\": 2023,\n    \"name\": \"Swallow 70B\"\n  }\n]\n"
    );
}
