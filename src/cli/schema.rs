//! `cdstudy schema`: the JSON Schema of the study file, for editors.

use super::Outcome;

pub const EXAMPLES: &str = "\
Examples:
  cdstudy schema > .vscode/cdstudy.schema.json

Then tell the editor's YAML support which files it covers, in its settings (not in a comment
in the study, which a save would drop). VS Code with the YAML extension, .vscode/settings.json:
  \"yaml.schemas\": { \".vscode/cdstudy.schema.json\": \"studies/*.yaml\" }
The README shows the same for other editors.";

pub fn run() -> Outcome {
    super::print_json("schema", &cdstudy::schema::study_schema())
}
