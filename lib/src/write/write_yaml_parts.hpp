#pragma once
// The pieces of write_yaml shared between its files: one write_body per kind
// (the keys after the envelope) and the competence group shape.

#include "rolekit/document.hpp"
#include "write/yaml_writer.hpp"

namespace rolekit::detail {

void write_nos_ref(YAML::Emitter& out, const NosRef& ref);
void write_group(YAML::Emitter& out, const CompetenceGroup& g);
void write_groups(MapWriter& w, std::string_view key, const CompetenceGroups& gs, Need need);

void write_body(MapWriter& w, const RoleProfile& p);
void write_body(MapWriter& w, const LocalityOverlay& o);
void write_body(MapWriter& w, const NosCatalog& c);
void write_body(MapWriter& w, const FunctionalMap& m);
void write_body(MapWriter& w, const CareerFramework& f);
void write_body(MapWriter& w, const CompetenceMap& m);
void write_body(MapWriter& w, const OccupationalStandard& s);

}  // namespace rolekit::detail
