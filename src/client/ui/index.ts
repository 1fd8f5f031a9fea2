// Shared presentational form parts: no data access, every string from the catalogs.
import './ui.css';
import './office.css';

export { TextField, type TextFieldProps } from './TextField';
export { TextAreaField, type TextAreaFieldProps } from './TextAreaField';
export { SelectField, type SelectFieldProps } from './SelectField';
export {
  ChoiceGroup,
  type ChoiceGroupProps,
  type ChoiceOption,
  type ChoiceInputProps,
} from './ChoiceGroup';
export { YesNoField } from './YesNoField';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export { PhoneField, type PhoneFieldProps } from './PhoneField';
export { StepHeader, type StepHeaderProps, type StepInfo } from './StepHeader';
export { ErrorSummary, focusField, type SummaryItem } from './ErrorSummary';
export { fieldLabel, inPageOrder } from './fieldLabel';
export { Notice } from './Notice';
export { SignaturePad, type SignaturePadProps } from './SignaturePad';
export { FieldError } from './FieldMessage';
export { fieldId, describedBy, hintIdOf, errorIdOf } from './fieldId';
export { useMessageText, isMessageKey } from './messageText';
export { OfficePager } from './OfficePager';
export { OfficeTable, type OfficeColumn } from './OfficeTable';
export { officeTime } from './officeTime';
