/** One option of a product (Size, Color) as a row of choices; values no variant can be bought with are struck through. */
export function OptionPicker(props: {
  option: { name: string; values: { id: string; name: string }[] };
  selected: string | undefined;
  canBuy: (value: string) => boolean;
  onSelect: (value: string) => void;
}) {
  const { option, selected, canBuy, onSelect } = props;
  return (
    <fieldset className="option-picker">
      <legend>{option.name}</legend>
      {option.values.map((value) => (
        <label key={value.id} className={canBuy(value.name) ? undefined : "unavailable"}>
          <input type="radio" name={option.name} value={value.name} checked={selected === value.name} onChange={() => onSelect(value.name)} />
          {value.name}
        </label>
      ))}
    </fieldset>
  );
}
