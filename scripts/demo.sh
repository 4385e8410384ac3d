#!/usr/bin/env bash
# Builds Assay and runs the demo: a project made from the hotline complaint messages and
# their 3-level government taxonomy, plus newspaper articles split into paragraphs.
# Uses ../shared/data when it is there, else the small example in examples/hotline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release

assay="$root/build/release/app/cli/assay"
desktop="$root/build/release/app/desktop/assay-desktop"
demo_dir="$root/demo"
project="$demo_dir/hotline.assay"
shared="$root/../shared/data"

mkdir -p "$demo_dir"
rm -f "$project" "$project-wal" "$project-shm"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Creating the project"
"$assay" init "$project" --name "12345 热线演示"

if [ -f "$shared/zhengwu/fujian1.csv" ] && [ -f "$shared/zhengwu/fujian2.csv" ]; then
    taxonomy="$shared/zhengwu/fujian1.csv"
    messages="$shared/zhengwu/fujian2.csv"
    text_column=留言详情
    id_column=留言编号
    articles=("$shared"/seeds/*.txt)
    holdout=0.2
    echo "using the complaint messages and taxonomy in ../shared/data"
else
    taxonomy="$root/examples/hotline/taxonomy.csv"
    messages="$root/examples/hotline/messages.csv"
    text_column=内容
    id_column=编号
    articles=("$root/examples/hotline/articles.txt")
    holdout=0 # 25 messages are too few to hold any out for an honest evaluation
    echo "../shared/data not found: using the example in examples/hotline"
fi

step "Schema: the taxonomy's top level (which the model suggests), the full taxonomy, entities"
"$assay" schema import "$project" "$taxonomy" --field 一级分类 --levels 1
"$assay" schema import "$project" "$taxonomy" --field 类别
"$assay" schema add-field "$project" 实体 --kind spans \
    --labels "人名:p,地名:l,机构:o,时间:t" --description "人名、地名、机构和时间"

step "Importing complaint messages"
"$assay" import "$project" "$messages" --text-field "$text_column" --id-field "$id_column"

step "Importing newspaper articles, one item per paragraph"
for article in "${articles[@]}"; do
    "$assay" import "$project" "$article" --format text --paragraphs --remove-cjk-spaces
done

step "Users"
"$assay" users add "$project" 张敏 --roles annotator
"$assay" users add "$project" 李华 --roles annotator,reviewer
"$assay" users add "$project" 王磊 --roles expert
"$assay" users add "$project" admin --roles admin
"$assay" users list "$project"

step "Training the embedded model on the messages' level-1 classes"
"$assay" model train "$project" --field 一级分类 --data "$messages" \
    --text-field "$text_column" --label-field 一级分类 --holdout "$holdout" --threads 1 --seed 1

step "Pre-labelling every item with it"
"$assay" model predict "$project" --field 一级分类
"$assay" model list "$project" --field 一级分类

step "Project statistics"
"$assay" stats "$project"

step "Export"
"$assay" export "$project" --format jsonl --output "$demo_dir/export.jsonl"
head -n 1 "$demo_dir/export.jsonl"

if [ -x "$desktop" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; } && [ -z "${ASSAY_DEMO_HEADLESS:-}" ]; then
    step "Opening the desktop app as 张敏"
    exec "$desktop" "$project" --user 张敏
fi
echo
echo "The demo project is $project. Open it with: $desktop $project"
