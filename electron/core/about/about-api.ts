import { apiSlice } from '../api/api-slice';
import { aboutContract } from './about-contract';
import { aboutView } from './about-view';
import { licenceText } from './licence-text';
import { licencesFile } from './licences-file';

// Neither method needs the committee's file: the About view also answers while none is open.
export const aboutApi = apiSlice(aboutContract, {
  getAbout: () => aboutView(licencesFile()),
  getLicenceText: (_context, input) => licenceText(licencesFile(), input),
});
